// Simak quizzes: the keyboard (1–9 pick a choice, Enter checks, Enter again goes on), reordering with
// move-up/move-down buttons, and the time taken to answer. The forms work without it; it only adds keys.
(function () {
  'use strict';

  function isTyping(el) {
    return el && (el.matches('input[type=text], textarea') || el.isContentEditable);
  }

  function setUpQuestion(form) {
    var started = performance.now();
    var timeField = form.querySelector('input[name=timeMs]');
    form.addEventListener('submit', function () {
      timeField.value = String(Math.round(performance.now() - started));
    });

    document.addEventListener('keydown', function (e) {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) {
        return;
      }
      var target = e.target;
      if (/^[1-9]$/.test(e.key) && !isTyping(target) && !(target && target.matches('select'))) {
        var choices = form.querySelectorAll('[data-choice]');
        var input = choices[Number(e.key) - 1];
        if (input) {
          e.preventDefault();
          input.checked = input.type === 'radio' ? true : !input.checked;
          input.focus();
        }
      } else if (e.key === 'Enter' && !(target && target.matches('button, a, textarea, input[type=text]'))) {
        // Text fields submit on Enter by themselves; buttons and links do their own thing.
        e.preventDefault();
        if (form.requestSubmit) {
          form.requestSubmit();
        } else {
          form.submit();
        }
      }
    });

    var list = form.querySelector('[data-ordering]');
    if (list) {
      var status = form.querySelector('[data-ordering-status]');
      list.addEventListener('click', function (e) {
        var button = e.target.closest('button[data-move]');
        if (!button) {
          return;
        }
        var item = button.closest('li');
        if (button.dataset.move === 'up' && item.previousElementSibling) {
          list.insertBefore(item, item.previousElementSibling);
        } else if (button.dataset.move === 'down' && item.nextElementSibling) {
          list.insertBefore(item.nextElementSibling, item);
        }
        button.focus();
        var items = Array.prototype.slice.call(list.children);
        status.textContent = list.dataset.movedText
          .replace('#P', String(items.indexOf(item) + 1)).replace('#N', String(items.length));
      });
    }
  }

  function setUpFeedback(next) {
    // Focus the way on without scrolling the verdict and the question out of sight.
    next.focus({ preventScroll: true });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.altKey && !e.ctrlKey && !e.metaKey
          && !(e.target && e.target.matches('button, a, input, textarea, select'))) {
        e.preventDefault();
        next.click();
      }
    });
  }

  // The article beside the questions: open on a wide screen, a toggle on a phone; after an answer the evidence
  // sentence is scrolled into view inside the article's own column.
  function setUpArticle(details) {
    var wide = window.matchMedia('(min-width: 60rem)');
    if (wide.matches) {
      details.open = true;
    }
    var evidence = details.querySelector('mark.text-evidence');
    var text = details.querySelector('[data-quiz-article-text]');
    if (evidence && text && details.open) {
      text.scrollTop = Math.max(0, evidence.offsetTop - text.offsetTop - text.clientHeight / 3);
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var article = document.querySelector('[data-quiz-article]');
    if (article) {
      setUpArticle(article);
    }
    var form = document.querySelector('form[data-quiz-form]');
    if (form) {
      setUpQuestion(form);
      return;
    }
    var next = document.querySelector('[data-quiz-next]');
    if (next) {
      setUpFeedback(next);
    }
  });
})();
