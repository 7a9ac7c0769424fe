// Classes pages: copy the join code, and ask before forms marked data-confirm (delete, leave, new code).
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy]');
  if (!button) {
    return;
  }
  var status = document.getElementById(button.getAttribute('aria-controls'));
  var say = function (text) { if (status) { status.textContent = text; } };
  var selectCode = function () {
    var code = document.getElementById('join-code');
    if (code) {
      var range = document.createRange();
      range.selectNodeContents(code);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(button.dataset.copy).then(
      function () { say(button.dataset.copied); },
      function () { selectCode(); say(button.dataset.copyFailed); });
  } else {
    selectCode();
    say(button.dataset.copyFailed);
  }
});
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});
