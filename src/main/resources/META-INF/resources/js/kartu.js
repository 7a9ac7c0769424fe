// The card browser: ask before forms marked data-confirm (delete, make new). Inline handlers are refused by
// the Content-Security-Policy, so the question is asked here.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});
