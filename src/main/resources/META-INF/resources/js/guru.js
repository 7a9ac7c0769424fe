// The teacher's authoring pages: keep the keyboard user's place. After a redirect the server marks the question
// or button just used with autofocus; after a refused save the error summary is announced and focused. The type
// choice of the question form is updated in place by htmx, so focus stays on it; moving a question replaces only
// the list (htmx), so the page does not jump. Forms (or their buttons) marked data-confirm ask first: inline
// handlers are not allowed by the Content-Security-Policy.
(function () {
  function restoreFocus(root, scroll) {
    var target = root.querySelector('[autofocus]') || root.querySelector('#form-errors');
    if (target && document.activeElement !== target) {
      target.focus({ preventScroll: !scroll });
    }
  }
  document.addEventListener('DOMContentLoaded', function () { restoreFocus(document, true); });
  document.addEventListener('htmx:afterSettle', function (e) {
    var form = document.getElementById('soal-form');
    if (form && (e.target === form || form.contains(e.target))) {
      return;
    }
    var list = document.getElementById('question-list');
    if (list) {
      restoreFocus(list, false);
    }
  });
  document.addEventListener('submit', function (e) {
    var form = e.target;
    var button = e.submitter;
    var question = (button && button.dataset.confirm) || form.dataset.confirm;
    if (question && !window.confirm(question)) {
      e.preventDefault();
    }
  });
})();
