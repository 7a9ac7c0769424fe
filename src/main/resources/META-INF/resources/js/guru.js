// The teacher's authoring pages: keep the keyboard user's place. After a redirect the server marks the question
// or button just used with autofocus; after a refused save the error summary is announced and focused. The type
// choice of the question form is updated in place by htmx, so focus stays on it.
(function () {
  function restoreFocus(root) {
    var target = root.querySelector('[autofocus]') || root.querySelector('#form-errors');
    if (target && document.activeElement !== target) {
      target.focus({ preventScroll: false });
    }
  }
  document.addEventListener('DOMContentLoaded', function () { restoreFocus(document); });
  document.addEventListener('htmx:afterSwap', function (e) {
    var form = document.getElementById('soal-form');
    if (form && e.target === form) {
      return;
    }
    restoreFocus(e.target);
  });
})();
