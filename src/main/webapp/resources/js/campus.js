/* The page shell: the menu folds behind a button on narrow screens, and the result of an action
   (the page messages) takes the focus so keyboard and screen-reader users hear it. */
(function () {
  "use strict";

  function focusMessages() {
    var box = document.getElementById("messages");
    if (!box || !box.querySelector(".ui-messages-info, .ui-messages-warn, .ui-messages-error")) {
      return;
    }
    // an open dialog keeps the focus: its own messages are next to its fields
    if (document.querySelector(".ui-dialog[aria-hidden='false']")) {
      return;
    }
    box.setAttribute("tabindex", "-1");
    box.focus();
  }

  /* After a form posted back to a page, the bar shows the bare page address; put back the one a
     page declares as its own (the cohort and tab), so reload and bookmarks keep working. */
  function restoreAddress() {
    var canonical = document.querySelector("[data-canonical-url]");
    if (!canonical || !window.history || !window.history.replaceState) {
      return;
    }
    var url = canonical.getAttribute("data-canonical-url");
    if (url && window.location.pathname + window.location.search !== url) {
      window.history.replaceState(window.history.state, "", url);
    }
  }

  /* PrimeFaces renders the chips of a multiple autoComplete as options of an unnamed listbox that
     also holds the text field: screen readers announce a broken listbox and axe refuses it. A plain
     list of the chosen names says what is chosen; the text field keeps its label. Chips added after
     a pick are rendered by the widget the same way, so each list is watched. */
  function plainChips(list) {
    list.removeAttribute("role");
    list.removeAttribute("aria-orientation");
    list.querySelectorAll("li.ui-autocomplete-token").forEach(function (chip) {
      chip.removeAttribute("role");
      chip.removeAttribute("aria-selected");
    });
  }

  function listChips() {
    document.querySelectorAll("ul.ui-autocomplete-multiple-container").forEach(function (list) {
      plainChips(list);
      if (!list.hasAttribute("data-chips-watched")) {
        list.setAttribute("data-chips-watched", "true");
        new MutationObserver(function () {
          plainChips(list);
        }).observe(list, { childList: true });
      }
    });
  }

  function setUp() {
    restoreAddress();
    var header = document.getElementById("header");
    var toggle = document.getElementById("menuToggle");
    if (header && toggle) {
      header.classList.add("collapsible");
      toggle.addEventListener("click", function () {
        var open = toggle.getAttribute("aria-expanded") !== "true";
        toggle.setAttribute("aria-expanded", String(open));
        header.classList.toggle("open", open);
      });
      document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && header.classList.contains("open")) {
          header.classList.remove("open");
          toggle.setAttribute("aria-expanded", "false");
          toggle.focus();
        }
      });
    }
    focusMessages();
    listChips();
    if (window.jQuery) {
      window.jQuery(document).on("pfAjaxComplete", function () {
        listChips();
        window.setTimeout(focusMessages, 60);
      });
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
