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
