// budget-widgets iframe resizer: copy this file to your site and load it once,
//   <script type="module" src="/js/iframe-resizer.js"></script>
// Every <iframe data-budget-frame> showing frame.html then takes the height that page reports.
// Without this script the iframes keep their height attribute and scroll: nothing is lost.

// The origin serving frame.html, e.g. 'https://budget.example.gov.cn'. Messages from any other
// origin are ignored. (This demo serves both pages itself.)
const FRAME_ORIGIN = location.origin;
const MAX_HEIGHT = 20000;

addEventListener('message', (event) => {
  if (event.origin !== FRAME_ORIGIN) return;
  const { type, height } = Object(event.data);
  if (type !== 'budget-widgets:resize' || !Number.isFinite(height) || height < 0) return;
  // Only the iframe that sent the message, found by its window, never by anything in the message.
  for (const frame of document.querySelectorAll('iframe[data-budget-frame]')) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.min(Math.ceil(height), MAX_HEIGHT)}px`;
  }
});
