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

// The report form: warn before unsaved values are lost by leaving the page or using another form on it, and
// refuse a workflow step (Submit, Approve…) while the page holds changes: the step would send the report
// without them.
const reportForm = document.getElementById("report-form");
if (reportForm) {
  // A page shown again after a refused save holds what was typed, which is not saved either.
  let dirty = reportForm.hasAttribute("data-typed");
  const warning = document.getElementById("unsaved-warning");
  if (dirty && warning) {
    warning.hidden = false;
  }
  reportForm.addEventListener("input", () => {
    dirty = true;
    if (warning) {
      warning.hidden = false;
    }
  });
  reportForm.addEventListener("submit", () => { dirty = false; });
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (!dirty || form === reportForm) {
      return;
    }
    if (form.querySelector("input[name=action]")) {
      event.preventDefault();
      event.stopImmediatePropagation();
      if (warning) {
        warning.hidden = false;
        warning.className = "flash error";
        warning.setAttribute("role", "alert");
        warning.focus();
      }
    } else if (!window.confirm(reportForm.getAttribute("data-unsaved"))) {
      event.preventDefault();
      event.stopImmediatePropagation();
    } else {
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
  // Each problem is shown under its field (red border, aria-invalid, the message linked by aria-describedby)
  // and listed in the box, which stays in view while typing; each entry of the list leads to its field.
  const unmark = () => {
    for (const old of reportForm.querySelectorAll(".field-error")) {
      old.remove();
    }
    for (const field of reportForm.querySelectorAll("[aria-invalid]")) {
      field.removeAttribute("aria-invalid");
      field.removeAttribute("aria-describedby");
      field.classList.remove("invalid");
    }
  };
  const mark = (problem) => {
    const field = problem.field && document.getElementById(problem.field);
    if (!field) {
      return;
    }
    let message = document.getElementById("err-" + problem.field);
    if (!message) {
      message = document.createElement("p");
      message.className = "field-error";
      message.id = "err-" + problem.field;
      field.parentElement.append(message);
    } else {
      message.append(document.createElement("br"));
    }
    message.append(problem.message);
    field.classList.add("invalid");
    field.setAttribute("aria-invalid", "true");
    field.setAttribute("aria-describedby", message.id);
  };
  const render = (result) => {
    box.replaceChildren();
    unmark();
    result.problems.forEach(mark);
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
        if (p.field && document.getElementById(p.field)) {
          const link = document.createElement("a");
          link.href = "#" + p.field;
          link.append(code, " " + p.message);
          li.append(link);
        } else {
          li.append(code, " " + p.message);
        }
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

// A link to a field (from a list of problems) moves the focus into the field, not only the view.
document.addEventListener("click", (event) => {
  const link = event.target.closest("a[href^='#']");
  const field = link && link.getAttribute("href").length > 1 && document.getElementById(link.getAttribute("href").slice(1));
  if (field && /^(INPUT|SELECT|TEXTAREA)$/.test(field.tagName)) {
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: "center" });
  }
});
