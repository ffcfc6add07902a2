// Progressive enhancements only: every page works without this file.
document.addEventListener("submit", (event) => {
  const form = event.target;
  const question = form.getAttribute("data-confirm");
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-copy]");
  if (button && navigator.clipboard) {
    navigator.clipboard.writeText(document.getElementById(button.getAttribute("data-copy")).textContent.trim());
    button.textContent = button.getAttribute("data-copied") || "Copied";
  }
});

// The report form: warn before unsaved values are lost by leaving the page or using another form on it.
const reportForm = document.getElementById("report-form");
if (reportForm) {
  let dirty = false;
  reportForm.addEventListener("input", () => { dirty = true; });
  reportForm.addEventListener("submit", () => { dirty = false; });
  document.addEventListener("submit", (event) => {
    if (dirty && event.target !== reportForm && !window.confirm(reportForm.getAttribute("data-unsaved"))) {
      event.preventDefault();
      event.stopImmediatePropagation();
    } else if (event.target !== reportForm) {
      dirty = false;
    }
  }, true);
  window.addEventListener("beforeunload", (event) => {
    if (dirty) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
}
