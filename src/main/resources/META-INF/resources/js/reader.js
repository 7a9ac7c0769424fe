// The reader: every word is a button; it opens a popover with the word's root, synonyms and sentence, and a
// form that adds it to the learner's cards. Escape or the close button closes it and focus goes back to the
// word. The evidence sentence of ?kalimat=N is brought into view.
(function () {
  'use strict';

  var popover;
  var opener;

  function close() {
    if (!popover || popover.hidden) {
      return;
    }
    popover.hidden = true;
    popover.innerHTML = '';
    if (opener) {
      opener.setAttribute('aria-expanded', 'false');
      opener.focus();
    }
  }

  function place(word) {
    if (window.innerWidth < 600) {
      popover.classList.add('sheet');
      popover.style.top = '';
      popover.style.left = '';
      return;
    }
    popover.classList.remove('sheet');
    var r = word.getBoundingClientRect();
    var left = Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - popover.offsetWidth - 8);
    popover.style.top = (window.scrollY + r.bottom + 6) + 'px';
    popover.style.left = Math.max(8, left) + 'px';
  }

  function show(html, word) {
    popover.innerHTML = html;
    popover.hidden = false;
    place(word);
    var focus = popover.querySelector('[data-testid="word-notice"], .word-title');
    if (focus) {
      focus.setAttribute('tabindex', '-1');
      focus.focus();
    }
  }

  function mark(lower, label) {
    document.querySelectorAll('.reader button.word').forEach(function (b) {
      if (b.getAttribute('data-word') === lower && !b.classList.contains('in-cards')) {
        b.classList.add('in-cards');
        var hidden = document.createElement('span');
        hidden.className = 'visually-hidden';
        hidden.textContent = ' (' + label + ')';
        b.appendChild(hidden);
      }
    });
  }

  function open(word) {
    var reader = word.closest('.reader');
    var sentence = word.closest('[data-sentence]');
    var url = '/ulasan/kata?artikel=' + encodeURIComponent(reader.getAttribute('data-article-id'))
      + '&kata=' + encodeURIComponent(word.getAttribute('data-word'))
      + (sentence ? '&kalimat=' + sentence.getAttribute('data-sentence') : '');
    if (opener && opener !== word) {
      opener.setAttribute('aria-expanded', 'false');
    }
    opener = word;
    word.setAttribute('aria-expanded', 'true');
    fetch(url, { headers: { 'HX-Request': 'true' }, credentials: 'same-origin' })
      .then(function (r) {
        if (!r.ok) {
          throw new Error('word lookup failed: ' + r.status);
        }
        return r.text();
      })
      .then(function (html) { show(html, word); })
      .catch(function () {
        word.setAttribute('aria-expanded', 'false');
      });
  }

  // The words are one tab stop (a roving tabindex): Tab reaches the text once, the arrow keys move from word to
  // word (Home and End to the first and the last), Enter opens the word. A long article would otherwise be
  // hundreds of tab stops between the reader and the rest of the page.
  function rovingWords(reader) {
    var words = Array.prototype.slice.call(reader.querySelectorAll('button.word'));
    if (!words.length) {
      return;
    }
    var evidence = reader.querySelector('.sentence.evidence button.word');
    var current = evidence || words[0];
    words.forEach(function (b) { b.setAttribute('tabindex', b === current ? '0' : '-1'); });
    function moveTo(b) {
      current.setAttribute('tabindex', '-1');
      current = b;
      current.setAttribute('tabindex', '0');
      current.focus();
    }
    reader.addEventListener('focusin', function (e) {
      var b = e.target.closest('button.word');
      if (b && b !== current) {
        current.setAttribute('tabindex', '-1');
        current = b;
        current.setAttribute('tabindex', '0');
      }
    });
    reader.addEventListener('keydown', function (e) {
      var b = e.target.closest('button.word');
      if (!b || e.altKey || e.ctrlKey || e.metaKey) {
        return;
      }
      var i = words.indexOf(b);
      var next = null;
      if (e.key === 'ArrowRight' || e.key === 'ArrowDown') {
        next = words[Math.min(words.length - 1, i + 1)];
      } else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
        next = words[Math.max(0, i - 1)];
      } else if (e.key === 'Home') {
        next = words[0];
      } else if (e.key === 'End') {
        next = words[words.length - 1];
      }
      if (next) {
        e.preventDefault();
        moveTo(next);
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    popover = document.getElementById('word-popover');
    var reader = document.querySelector('.reader[data-article-id]');
    if (!popover || !reader) {
      return;
    }
    reader.querySelectorAll('button.word').forEach(function (b) {
      b.setAttribute('aria-haspopup', 'dialog');
      b.setAttribute('aria-expanded', 'false');
      b.setAttribute('aria-controls', 'word-popover');
    });
    rovingWords(reader);
    reader.addEventListener('click', function (e) {
      var word = e.target.closest('button.word');
      if (word) {
        open(word);
      }
    });
    popover.addEventListener('click', function (e) {
      if (e.target.closest('[data-action="close-word"]')) {
        close();
      }
    });
    popover.addEventListener('submit', function (e) {
      var form = e.target.closest('form.word-add');
      if (!form) {
        return;
      }
      e.preventDefault();
      fetch(form.action, {
        method: 'POST',
        headers: { 'HX-Request': 'true', 'Content-Type': 'application/x-www-form-urlencoded' },
        credentials: 'same-origin',
        body: new URLSearchParams(new FormData(form)).toString()
      }).then(function (r) {
        if (!r.ok) {
          form.submit(); // let the server answer the plain form (it shows its error page)
          throw new Error('adding the word failed: ' + r.status);
        }
        return r.text();
      }).then(function (html) {
        show(html, opener);
        var card = popover.querySelector('.word-card');
        if (card && card.getAttribute('data-in-cards') === 'true') {
          mark(card.getAttribute('data-word'), popover.getAttribute('data-in-cards-label') || 'sudah di kartu');
        }
      }).catch(function () {});
    });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') {
        close();
      }
    });
    document.addEventListener('click', function (e) {
      if (!popover.hidden && !popover.contains(e.target) && !e.target.closest('button.word')) {
        close();
      }
    });
    var evidence = document.querySelector('.sentence.evidence');
    if (evidence) {
      evidence.scrollIntoView({ block: 'center' });
      evidence.focus({ preventScroll: true });
    }
  });
}());
