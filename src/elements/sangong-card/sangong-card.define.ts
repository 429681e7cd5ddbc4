import { SangongCard } from './sangong-card.js';
import { defineElement } from '../define.js';

export { SangongCard };
defineElement('sangong-card', SangongCard);

declare global {
  interface HTMLElementTagNameMap {
    'sangong-card': SangongCard;
  }
}
