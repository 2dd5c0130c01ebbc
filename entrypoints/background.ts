import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Listeners are added by the capture issue; the service worker holds no state.
});
