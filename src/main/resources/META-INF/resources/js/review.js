// The daily review with the keyboard alone: Space turns the card over (or checks a choice), digits choose
// answers on the front and rate on the back, U undoes the last review. htmx swaps the review panel; focus
// stays on it so the next key works at once.
(function () {
  'use strict';

  function panel() {
    return document.getElementById('review-panel');
  }

  function typingIn(el) {
    if (!el || !el.tagName) {
      return false;
    }
    if (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') {
      return true;
    }
    return el.tagName === 'INPUT' && !/^(radio|checkbox|hidden|submit|button)$/.test(el.type);
  }

  function press(el, event) {
    if (el && !el.disabled) {
      event.preventDefault();
      el.click();
    }
  }

  document.addEventListener('keydown', function (e) {
    var p = panel();
    if (!p || e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target)) {
      return;
    }
    var key = e.key;
    if (key === 'u' || key === 'U') {
      press(p.querySelector('[data-action="undo"]'), e);
      return;
    }
    var card = p.querySelector('.review-card');
    if (!card) {
      return;
    }
    var onButton = e.target && e.target.tagName === 'BUTTON';
    if (card.getAttribute('data-side') === 'front') {
      var choices = card.querySelector('.choice-form');
      if (choices && /^[1-9]$/.test(key)) {
        var input = choices.querySelector('input[data-key="' + key + '"]');
        if (input) {
          e.preventDefault();
          input.checked = input.type === 'checkbox' ? !input.checked : true;
          input.focus();
        }
        return;
      }
      if (choices && key === 'Enter' && !onButton) {
        press(choices.querySelector('[data-action="check"]'), e);
        return;
      }
      if (key === ' ' || key === 'Spacebar') {
        var target = e.target;
        if (onButton || (target && (target.type === 'checkbox' || target.type === 'radio'))) {
          return; // the browser presses the focused control itself
        }
        press(card.querySelector('[data-action="reveal"], [data-action="check"]'), e);
      }
      return;
    }
    if (/^[1-4]$/.test(key)) {
      press(card.querySelector('button[data-key="' + key + '"]'), e);
    }
  });

  // After htmx swaps the panel, put focus where the next key is expected (autofocus does not run on swaps).
  document.addEventListener('htmx:afterSwap', function () {
    var p = panel();
    if (!p) {
      return;
    }
    var target = p.querySelector('[autofocus]') || p;
    target.focus();
  });
}());
