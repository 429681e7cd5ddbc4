/** Types of published.js (plain JavaScript, shared with the node tests). */
export interface Published {
  total: number;
  totalShown: string;
  sangong: number;
  sangongShown: string;
}
export declare const PUBLISHED: Record<'kaijiang-2025' | 'gaoyang-2025' | 'yuanjiang-2024' | 'pingli-2025' | 'quxian-2024', Published>;
