// Progressive enhancements only: every page works without this file.
document.documentElement.classList.add("js");

// On a phone the header folds into a menu button; without this file every link stays visible.
const menuToggle = document.querySelector(".menu-toggle");
if (menuToggle) {
  const menu = document.getElementById(menuToggle.getAttribute("aria-controls"));
  const setOpen = (open) => {
    menuToggle.setAttribute("aria-expanded", String(open));
    menu.classList.toggle("open", open);
  };
  menuToggle.addEventListener("click", () => setOpen(menuToggle.getAttribute("aria-expanded") !== "true"));
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && menuToggle.getAttribute("aria-expanded") === "true") {
      setOpen(false);
      menuToggle.focus();
    }
  });
}
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

// Checks run as values are typed: the server applies the framework's rules to the form and says what is wrong.
if (reportForm && reportForm.getAttribute("data-check")) {
  const box = document.getElementById("live-check");
  let timer = null;
  const render = (result) => {
    box.replaceChildren();
    const items = result.problems.concat(result.warnings);
    box.className = "flash " + (result.problems.length ? "error" : (result.warnings.length ? "info" : "success"));
    if (!items.length) {
      box.textContent = reportForm.getAttribute("data-check-ok");
    } else {
      const list = document.createElement("ul");
      list.className = "problems";
      for (const p of items) {
        const li = document.createElement("li");
        const code = document.createElement("code");
        code.textContent = p.path;
        li.append(code, " " + p.message);
        list.append(li);
      }
      box.append(list);
    }
    box.hidden = false;
  };
  reportForm.addEventListener("input", (event) => {
    if (!event.target.name || !/^[vndc]:/.test(event.target.name)) {
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(() => {
      fetch(reportForm.getAttribute("data-check"), { method: "POST", body: new URLSearchParams(new FormData(reportForm)),
        headers: { "Accept": "application/json" }, credentials: "same-origin" })
        .then((response) => response.ok ? response.json() : null)
        .then((result) => { if (result) { render(result); } })
        .catch(() => {});
    }, 500);
  });
}
