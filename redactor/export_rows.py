"""The audit rows of an export, completed with what a legal adviser needs: kind, basis, reason, who and when."""

from __future__ import annotations

from typing import Any

from redactor.board import BoardConfig
from redactor.case_view import CaseView
from redactor.journal import JournalEntry
from redactor.redaction_log import default_reason
from redactor.review import History


def describe_rows(history: History, view: CaseView, board: BoardConfig, rows: list[dict[str, Any]]) -> None:
    """Add to each audit row what the adviser needs: the kind, the basis, the reason and who decided, when."""
    state = history.state
    a = view.analysis
    sha = view.ref["sha256"]
    entities = {e.id: e for e in a.entities}
    marked = {e.args["key"]: e for e in history.undo_stack if e.op == "mark_reviewed" and e.args["reviewed"]}
    create = history.entries[0]
    overridden = state.overridden_by.get(sha, {})
    for r in rows:
        e = entities.get(r["entity_id"])
        key = view.overlay.keys.get(r["entity_id"], "")
        prov: JournalEntry | None
        if r["entity_id"] in state.manual:
            prov, how, basis = state.manual[r["entity_id"]], "manual redaction", "manual"
        elif r["decision_source"] == "manual" and e is not None and a.decisions[e.id].source != "manual":
            prov = next((x for k, x in overridden.items() if k[0] == r["segment_id"]
                         and k[1] < r["end"] and r["start"] < k[2]), None)
            how, basis = "mention override", "manual"
        elif key in state.decided_by:
            prov = state.decided_by[key]
            how = {"accept_all": "bulk acceptance"}.get(prov.op, "reviewer's decision")
            if prov.op == "decide" and prov.args.get("source") == "accepted_suggestion":
                how = "suggestion accepted"
            basis = "register" if e is not None and e.source == "register" else "recogniser"
        elif r["decision_source"] == "register":
            prov, how, basis = create, "register", "register"
        else:
            prov, how, basis = marked.get(key), "suggestion marked reviewed", "recogniser"
        action = a.decisions[e.id].action if e is not None else "replace"
        given = prov.reason if prov is not None else None
        if given is None and how == "register" and e is not None and e.entry is not None:
            typed = str(e.entry.extra.get("reason", ""))  # a register entry may carry its reason code
            given = typed if board.reason(typed) else None
        code = given or default_reason(e.kind if e else "area", action)
        reason = board.reason(code)
        r.update({"kind": e.kind if e is not None else "area", "basis": basis, "how": how,
                  "reason_code": code, "reason": reason.label if reason else code,
                  "reason_given": given is not None,
                  "decided_by": prov.reviewer if prov is not None else "",
                  "decided_at": prov.time if prov is not None else ""})
