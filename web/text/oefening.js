// The text version's exercises (oefening.html#<id>): one decision at a time as
// a plain HTML form, the feedback after it, the debrief at the end. Scoring,
// branching, feedback and the CSV all come from the core (scorer.wasm, the
// same functions as the app and `protocolwijzer play`); this script only
// turns its JSON into HTML and back. Answers are kept per tab (sessionStorage),
// so a reload continues where the trainee was.
"use strict";
(function () {
  const assets = JSON.parse(document.getElementById("pw-assets").textContent || "{}");
  const asset = (name) => assets[name] || name;
  const root = document.getElementById("oefening");
  const pageTitle = document.getElementById("pagina-titel");
  let core = null;

  // Prompts of the questions whose wording is the app's, not the content's.
  const DEFAULT_PROMPT = {
    recipients: "Aan wie stuur je het? (een of meer)",
    data: "Welke gegevens deel je? (kies wat nodig is)",
    channel: "Via welk kanaal?",
    order: "Zet de onderdelen op volgorde.",
    escalation: "Welke route neemt de kwestie?",
  };
  const SEQUENCE_HINT = {
    order: "Kies per plek welk onderdeel daar komt: plek 1 gebeurt eerst. Elk onderdeel één keer.",
    escalation: "Kies per plek de volgende stop, de eerste stop eerst. Alleen wat op de route ligt: " +
      "laat de overige plekken leeg.",
  };

  // --- small helpers -------------------------------------------------------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === false || value === null || value === undefined) continue;
      if (key === "text") node.textContent = value;
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children.flat(Infinity)) if (child !== null && child !== undefined && child !== false)
      node.append(child);
    return node;
  }
  const number = (n) => String(Math.round(n * 10) / 10).replace(".", ",");
  const points = (p, max) => `${number(p)} van ${number(max)} ${max === 1 ? "punt" : "punten"}`;
  const paragraphs = (text) => String(text || "").split(/\n\s*\n/).filter((t) => t.trim())
    .map((t) => el("p", { text: t }));
  function focusHeading(id) {
    const heading = document.getElementById(id);
    if (heading) heading.focus();
  }

  // --- the core ------------------------------------------------------------
  function call(name, arg) {
    let result;
    if (arg === undefined) {
      result = core["_" + name]();
    } else {
      const ptr = core.allocateUTF8(arg);
      try { result = core["_" + name](ptr); } finally { core._free(ptr); }
    }
    return JSON.parse(core.UTF8ToString(result));
  }
  const play = (exercise, answers) => call("pw_text_play", JSON.stringify({ exercise, answers }));

  // --- what the trainee has done, per exercise, in this tab ------------------
  function loadRun(id) {
    try {
      const saved = JSON.parse(sessionStorage.getItem("pw-oefening:" + id) || "null");
      if (saved && Array.isArray(saved.answers) && typeof saved.phase === "string") return saved;
    } catch (e) { /* unreadable: start afresh */ }
    return { answers: [], phase: "question" };
  }
  function saveRun(id, run) {
    try { sessionStorage.setItem("pw-oefening:" + id, JSON.stringify(run)); } catch (e) { /* private mode */ }
  }

  // --- the list --------------------------------------------------------------
  function showList() {
    pageTitle.textContent = "Oefeningen";
    document.title = "Oefeningen — Protocolwijzer (tekstversie)";
    const list = el("ul", { class: "exercise-list" });
    for (const ex of call("pw_text_exercises"))
      list.append(el("li", {}, el("a", { href: "#" + encodeURIComponent(ex.id), text: ex.title }),
        ` — je bent ${ex.perspective} (${ex.caseType})`));
    root.replaceChildren(el("p", { text: "Kies een oefening. Elke oefening speel je vanuit één rol; " +
      "de casussen zijn verzonnen." }), list);
  }

  // --- one exercise ------------------------------------------------------------
  function exerciseIntro(ex) {
    const intro = [el("p", {}, `Oefening · ${ex.caseType}. Je bent `, el("strong", { text: ex.perspective }), ".")];
    intro.push(...paragraphs(ex.summary));
    if (ex.persons.length) {
      intro.push(el("p", { class: "muted", text: "Personen in deze oefening (fictief):" }));
      intro.push(el("ul", { class: "muted" }, ex.persons.map((p) =>
        el("li", { text: `${p.name}, ${p.description}${p.identifier ? ` (${p.identifier})` : ""}` }))));
    }
    return el("div", { class: "exercise-intro" }, intro);
  }

  function show(id, focusId) {
    const run = loadRun(id);
    let result = play(id, run.answers);
    if (result.error && run.answers.length) { // the content changed under a saved run: start afresh
      run.answers = [];
      run.phase = "question";
      saveRun(id, run);
      result = play(id, run.answers);
    }
    if (result.error) {
      pageTitle.textContent = "Oefening niet gevonden";
      document.title = "Oefening niet gevonden — Protocolwijzer (tekstversie)";
      root.replaceChildren(el("p", { role: "alert", text: result.error }),
        el("p", {}, el("a", { href: "#", text: "Naar de lijst met oefeningen" })));
      return;
    }
    const ex = result.exercise;
    pageTitle.textContent = ex.title;
    const parts = [exerciseIntro(ex)];
    const last = result.outcomes[result.outcomes.length - 1];
    let title;
    if (run.phase === "feedback" && last) {
      parts.push(feedbackSection(id, run, result, last));
      title = `Terugkoppeling beslismoment ${last.number}`;
    } else if (result.current) {
      parts.push(decisionSection(id, run, result.current));
      title = `Beslismoment ${result.current.number}`;
    } else {
      parts.push(debriefSection(id, result));
      title = "Nabespreking";
    }
    document.title = `${title} — ${ex.title} — Protocolwijzer (tekstversie)`;
    root.replaceChildren(...parts);
    if (focusId) focusHeading(focusId);
  }

  // A fieldset per question: radio buttons, checkboxes, or a select per place.
  function questionFieldset(q, i) {
    const legend = q.prompt || DEFAULT_PROMPT[q.kind] || "Kies een antwoord.";
    const errorId = `fout-${i}`;
    const set = el("fieldset", { "data-kind": q.kind, "data-index": i },
      el("legend", { text: legend }),
      el("p", { class: "error", id: errorId, hidden: true }));
    if (q.sequence) {
      const hintId = `hint-${i}`;
      set.append(el("p", { class: "hint", id: hintId, text: SEQUENCE_HINT[q.kind] || "" }));
      const list = el("ol", { class: "sequence" });
      q.choices.forEach((_, place) => {
        const selectId = `v${i}-plek-${place + 1}`;
        list.append(el("li", {}, el("label", { for: selectId, text: `Plek ${place + 1}` }),
          el("select", { id: selectId, name: `v${i}`, "aria-describedby": `${hintId} ${errorId}` },
            el("option", { value: "", text: "— leeg —" }),
            q.choices.map((c) => el("option", { value: c.id, text: c.text })))));
      });
      set.append(list);
    } else {
      q.choices.forEach((c, j) => {
        const inputId = `v${i}-${j}`;
        set.append(el("div", { class: "choice" },
          el("input", { type: q.many ? "checkbox" : "radio", id: inputId, name: `v${i}`, value: c.id }),
          el("label", { for: inputId, text: c.text })));
      });
    }
    return set;
  }

  // The answer the form holds, and what is missing from it (Dutch, per question).
  function readForm(form, questions) {
    const answer = {}, problems = [];
    questions.forEach((q, i) => {
      const set = form.querySelector(`fieldset[data-index="${i}"]`);
      const legend = set.querySelector("legend").textContent;
      let ids;
      if (q.sequence) ids = [...set.querySelectorAll("select")].map((s) => s.value).filter((v) => v);
      else ids = [...set.querySelectorAll("input:checked")].map((x) => x.value);
      let problem = "";
      if (q.sequence && new Set(ids).size !== ids.length) problem = `Je hebt bij “${legend}” een keuze twee keer gezet.`;
      else if (q.kind === "order" && ids.length !== q.choices.length)
        problem = `Zet bij “${legend}” alle ${q.choices.length} onderdelen op een plek.`;
      else if (!ids.length && q.kind !== "data") problem = `Kies bij “${legend}” een antwoord.`;
      answer[q.kind] = q.many ? ids : (ids[0] || "");
      problems.push(problem);
    });
    return { answer, problems };
  }

  function showProblems(form, problems) {
    let first = null;
    problems.forEach((problem, i) => {
      const set = form.querySelector(`fieldset[data-index="${i}"]`);
      const note = set.querySelector("p.error");
      note.textContent = problem;
      note.hidden = !problem;
      set.querySelectorAll("input, select").forEach((c) => {
        if (problem) c.setAttribute("aria-invalid", "true"); else c.removeAttribute("aria-invalid");
      });
      if (problem && !first) first = set.querySelector("input, select");
    });
    if (first) first.focus();
    return first !== null;
  }

  function decisionSection(id, run, decision) {
    const form = el("form", { class: "decision", "aria-labelledby": "beslismoment-kop", novalidate: true },
      decision.questions.map(questionFieldset),
      el("p", { class: "error", id: "fout-antwoord", role: "alert", hidden: true }),
      el("button", { type: "submit", class: "primary", text: "Antwoord geven" }));
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const { answer, problems } = readForm(form, decision.questions);
      if (showProblems(form, problems)) return;
      const answers = run.answers.concat([answer]);
      const result = play(id, answers);
      if (result.error) { // the core refuses what the form let through: say why
        const note = form.querySelector("#fout-antwoord");
        note.textContent = result.error;
        note.hidden = false;
        return;
      }
      saveRun(id, { answers, phase: "feedback" });
      show(id, "terugkoppeling-kop");
    });
    return el("section", { class: "decision", "aria-labelledby": "beslismoment-kop", "data-decision": decision.id },
      el("h2", { id: "beslismoment-kop", tabindex: "-1", text: `Beslismoment ${decision.number}` }),
      paragraphs(decision.situation), form);
  }

  function sourcesList(sources) {
    if (!sources.length) return null;
    return el("ul", { class: "sources" }, sources.map((s) => el("li", {},
      `Bron: ${s.title}${s.locator ? ", " + s.locator : ""}`,
      s.quote ? [el("br"), el("span", { class: "quote", text: `“${s.quote}”` })] : null)));
  }

  function feedbackSection(id, run, result, outcome) {
    const next = result.current;
    const goOn = el("button", { type: "button", class: "primary",
      text: next ? `Verder naar beslismoment ${next.number}` : "Naar de nabespreking" });
    goOn.addEventListener("click", () => {
      saveRun(id, { answers: run.answers, phase: next ? "question" : "debrief" });
      show(id, next ? "beslismoment-kop" : "nabespreking-kop");
    });
    return el("section", { class: "feedback", "aria-labelledby": "terugkoppeling-kop" },
      el("h2", { id: "terugkoppeling-kop", tabindex: "-1",
        text: `Terugkoppeling beslismoment ${outcome.number}: ${points(outcome.points, outcome.max)}` }),
      el("p", {}, el("strong", { text: "Jouw antwoord: " }), outcome.answer),
      outcome.feedback.map((f) => el("section", { class: f.ok ? "dimension ok" : "dimension costly" },
        el("h3", { text: `${f.dimension}: ${points(f.points, f.max)} — ${f.ok ? "goed" : "kost punten"}` }),
        paragraphs(f.text),
        f.illustrative ? el("p", { class: "illustrative" }, el("strong", { text: "Illustratief: " }),
          f.illustrativeNote || "dit antwoord rust op een aanname, niet op de bronnen.") : null,
        sourcesList(f.sources))),
      outcome.mistakes.length ? el("p", {}, el("strong", { text: "Telt als: " }), outcome.mistakes.join(", ")) : null,
      outcome.consequences.length ? [el("h3", { text: "Wat er gebeurt" }),
        outcome.consequences.map((c) => el("p", { text: c }))] : null,
      el("p", {}, el("a", { href: "tekst.html#" + outcome.stepAnchor,
        text: `Bekijk deze stap in de tekstversie: ${outcome.step}` })),
      el("p", {}, goOn));
  }

  function table(caption, headers, rows, foot) {
    return el("table", {}, el("caption", { text: caption }),
      el("thead", {}, el("tr", {}, headers.map((h) => el("th", { scope: "col", text: h })))),
      el("tbody", {}, rows.map((r) => el("tr", {}, el("th", { scope: "row", text: r[0] }),
        r.slice(1).map((c) => el("td", { text: c }))))),
      foot ? el("tfoot", {}, el("tr", {}, el("th", { scope: "row", text: foot[0] }),
        foot.slice(1).map((c) => el("td", { text: c })))) : null);
  }

  function debriefSection(id, result) {
    const d = result.debrief, end = result.ending;
    const csv = new Blob([result.csv || ""], { type: "text/csv;charset=utf-8" });
    const again = el("button", { type: "button", text: "Opnieuw beginnen" });
    again.addEventListener("click", () => {
      saveRun(id, { answers: [], phase: "question" });
      show(id, "beslismoment-kop");
    });
    return el("section", { class: "debrief", "aria-labelledby": "nabespreking-kop" },
      el("h2", { id: "nabespreking-kop", tabindex: "-1", text: "Nabespreking" }),
      end ? el("p", {}, el("strong", { text: "Afloop: " }), end.title,
        end.good ? " (goede afloop)" : " (slechte afloop)") : null,
      end ? paragraphs(end.text) : null,
      el("p", { class: "total" }, el("strong", { text: "Totaal: " }), points(d.points, d.max)),
      table("Punten per beslismoment", ["Beslismoment", "Stap", "Jouw antwoord", "Punten", "Maximum"],
        result.outcomes.map((o) => [String(o.number), o.step, o.answer, number(o.points), number(o.max)]),
        ["Totaal", "", "", number(d.points), number(d.max)]),
      table("Score per onderdeel", ["Onderdeel", "Punten", "Maximum"],
        d.dimensions.map((s) => [s.dimension, number(s.points), number(s.max)])),
      el("h3", { text: "Fouten" }),
      d.mistakes.length ? el("ul", {}, d.mistakes.map((m) => el("li", { text: m })))
        : el("p", { text: "Geen: bij elke keuze volgde je het protocol." }),
      el("p", {}, el("a", { href: URL.createObjectURL(csv), download: `protocolwijzer-${id}.csv`,
        text: "Resultaten downloaden (CSV)" })),
      el("p", {}, again, " ", el("a", { href: "#", text: "Terug naar de oefeningen" })));
  }

  // --- start ---------------------------------------------------------------------
  function route(focus) {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id) show(id, focus ? "pagina-titel" : null); else showList();
    if (!id && focus) focusHeading("pagina-titel");
  }

  async function start() {
    const loading = document.getElementById("laden");
    try {
      core = await window.PwScorer({ locateFile: (name) => asset(name) });
      const response = await fetch(asset("content.json"));
      if (!response.ok) throw new Error(`de inhoud gaf HTTP ${response.status}`);
      const loaded = call("pw_text_load", await response.text());
      if (!loaded.ok) throw new Error(loaded.problems.slice(0, 3).join("; "));
    } catch (e) {
      loading.setAttribute("role", "alert");
      loading.textContent = `De oefeningen konden niet worden geladen: ${e.message}`;
      return;
    }
    loading.remove();
    window.addEventListener("hashchange", () => route(true));
    route(false);
    document.documentElement.dataset.ready = "true"; // for the tests
  }
  start();
})();
