"""The generalisation benchmark's generator keeps the corpus README's ground-truth invariants."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from benchmarks.gendraft.sections import build
from benchmarks.gendraft.truth import Conflict, truth


def _draft(index: int) -> tuple[str, dict, dict]:  # type: ignore[type-arg]
    for attempt in range(20):
        try:
            return truth(build(7, index, attempt))
        except Conflict:
            continue
    raise AssertionError("no conflict-free draft")


@pytest.fixture(scope="module", params=[0, 1, 2])
def generated(request: pytest.FixtureRequest) -> tuple[str, dict, dict]:  # type: ignore[type-arg]
    return _draft(request.param)


def test_offsets_and_variants(generated: tuple[str, dict, dict]) -> None:  # type: ignore[type-arg]
    text, t, _ = generated
    spans = [(m["start"], m["end"]) for m in t["mentions"]]
    for m in t["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]
    for e in t["entities"]:
        for v in e["variants"]:
            for hit in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text):
                assert any(s <= hit.start() and hit.end() <= end for s, end in spans), (v, hit.start())


def test_keep_spans_never_overlap_mentions(generated: tuple[str, dict, dict]) -> None:  # type: ignore[type-arg]
    text, t, _ = generated
    for k in t["keep"]:
        assert text[k["start"]:k["end"]] == k["text"]
        assert not any(m["start"] < k["end"] and k["start"] < m["end"] for m in t["mentions"]), k


def test_possessive_outside_the_mention(generated: tuple[str, dict, dict]) -> None:  # type: ignore[type-arg]
    _, t, _ = generated
    assert not any(m["text"].endswith(("'s", "’s")) for m in t["mentions"])


def test_published_text_has_pseudonyms_not_names(generated: tuple[str, dict, dict]) -> None:  # type: ignore[type-arg]
    _, t, register = generated
    published = t["published_text"]
    for e in t["entities"]:
        if e["type"] == "PERSON":
            assert e["canonical"] not in published
    for entry in register["entities"]:
        assert entry["name"] not in entry["variants"]
        assert not any(v.isupper() and " " in v for v in entry["variants"])


def test_same_seed_same_draft() -> None:
    assert _draft(0)[0] == _draft(0)[0]


def test_identifier_check_digits() -> None:
    import random

    from benchmarks.gendraft import identifiers as ids

    rng = random.Random(1)
    for _ in range(50):
        nhs = ids.nhs_number(rng).replace(" ", "").replace("-", "")
        assert ids.mod11_check(nhs[:9]) == int(nhs[9])
        upn = ids.upn(rng)
        assert ids.upn_check_letter(upn[1:]) == upn[0]
        bad = ids.upn(rng, valid=False)
        assert ids.upn_check_letter(bad[1:]) != bad[0]


def test_published_words_changed_leave_out_day_dates() -> None:
    from benchmarks.generalisation import words_changed

    got = words_changed("On 12 March 2016 Child K met the GP on 3/4/2016 in Leeds.",
                        "On March 2016 Child K met the GP on April 2016 in Place 1.")
    assert got["changed"] == 1 and got["dates"] == 2 and got["words"] == 13


def test_suggestions_count_only_what_identifies() -> None:
    from benchmarks.generalisation import judge_suggestions

    draft = "Row 4. Jane Smith lives at Flat 4, 12 Oak Road, Leeds LS1 4AB. Ofsted visited."
    truth = {"entities": [{"id": "E1", "type": "PERSON"}, {"id": "E2", "type": "LOCATION"}],
             "mentions": [{"start": 7, "end": 17, "entity_id": "E1"},
                          {"start": 27, "end": 61, "entity_id": "E2"}], "hidden": []}

    def ent(name: str, type_: str, start: int) -> dict:  # type: ignore[type-arg]
        return {"name": name, "type": type_, "decision": "replace",
                "mentions": [{"location": "text", "start": start, "end": start + len(name), "text": name}]}

    analysis = {"entities": [ent("Smith", "PERSON", 12), ent("4", "IDENTIFIER", 32), ent("Ofsted", "ORGANISATION", 63),
                             ent("Leeds", "LOCATION", 48)]}
    verdicts = {x["name"]: x["ok"] for x in judge_suggestions(analysis, truth, draft, exact=True)}
    assert verdicts == {"Smith": True, "4": False, "Ofsted": False, "Leeds": True}
    by_text = {x["name"]: x["ok"] for x in judge_suggestions(analysis, truth, draft, exact=False)}
    assert by_text == verdicts


def test_every_police_force_named_is_in_the_truth() -> None:
    """A force a sentence names (the Met with its CRIS reference) is a mention (another area's force, replaced)
    or a keep span (the publisher's own force): the truth says what should happen to every one."""
    seen = 0
    for index in range(12):
        text, t, _ = _draft(index)
        spans = [(m["start"], m["end"]) for m in t["mentions"]] + [(k["start"], k["end"]) for k in t["keep"]]
        for hit in re.finditer(r"Metropolitan Police Service", text):
            seen += 1
            assert any(a <= hit.start() and hit.end() <= b for a, b in spans), text[hit.start() - 40:hit.end()]
    assert seen


def test_a_suggestion_read_from_a_wrapped_pdf_cell_matches_its_draft_text() -> None:
    from benchmarks.generalisation import judge_suggestions

    draft = "3\tOluwamuyiwa Ogulana\tMother's partner\tKS218308A\n4\tAgency\tOfsted A visited"
    start = draft.index("KS218308A")
    truth = {"entities": [{"id": "E1", "type": "NATIONAL_INSURANCE"}],
             "mentions": [{"start": start, "end": start + 9, "entity_id": "E1"}], "hidden": []}
    analysis = {"entities": [
        {"name": "KS218308 A", "type": "IDENTIFIER", "decision": "replace",
         "mentions": [{"location": "page", "page": 1, "start": 0, "end": 10, "text": "KS218308 A"}]},
        {"name": "Ofsted A", "type": "ORGANISATION", "decision": "replace",
         "mentions": [{"location": "page", "page": 1, "start": 0, "end": 8, "text": "Ofsted A"}]}]}
    verdicts = {x["name"]: x["ok"] for x in judge_suggestions(analysis, truth, draft, exact=False)}
    assert verdicts == {"KS218308 A": True, "Ofsted A": False}


def test_a_date_left_to_the_date_policy_is_not_judged() -> None:
    from benchmarks.generalisation import judge_suggestions

    draft = "On 3 May 2015 the panel met. On 4 May 2015 she left."
    truth = {"entities": [], "mentions": [], "hidden": [],
             "policy_dates": [{"start": 3, "end": 13, "text": "3 May 2015"}]}
    analysis = {"entities": [
        {"name": n, "type": "DATE", "decision": "replace",
         "mentions": [{"location": "text", "start": draft.index(n), "end": draft.index(n) + len(n), "text": n}]}
        for n in ("3 May 2015", "4 May 2015")]}
    for exact in (True, False):
        assert [x["name"] for x in judge_suggestions(analysis, truth, draft, exact)] == ["4 May 2015"]


@pytest.mark.parametrize("findings", [False, True])
def test_a_run_again_into_the_same_work_folder_replaces_its_outputs(tmp_path: Path, findings: bool) -> None:
    from benchmarks.generalisation import Job, run

    draft = tmp_path / "d" / "draft.txt"
    draft.parent.mkdir()
    draft.write_text("Quillon Abara was seen at home.\n", encoding="utf-8")
    (draft.parent / "truth.json").write_text(
        '{"entities": [], "mentions": [], "keep": [], "hidden": []}', encoding="utf-8")
    job = Job("published", draft.parent, draft, "cold", tmp_path / "out" / "cold.pdf",
              tmp_path / "out" / "cold.findings.json" if findings else None)
    assert run(job).returncode == 0
    assert run(job).returncode == 0


def test_the_results_header_names_the_sets_that_ran() -> None:
    import argparse

    from benchmarks.generalisation import report

    a = argparse.Namespace(label="reseeded", seed=11, no_dev=False, published_count=0, reseeded_count=52,
                           reseed=Path("/somewhere/published"), dev_run=False)
    summary = {"rows": {}, "leaked": [], "false_suggestions": [], "refusals": [], "published_changes": []}
    header = report(summary, a, "abc1234", 0, ["txt"], 60.0).splitlines()[2]
    assert "52 reseeded drafts (seed 11, from the published reviews in `published`" in header
    assert "generated" not in header and "dev corpus" not in header


def test_published_reviews_that_name_a_child_publicly_are_a_set_of_their_own(tmp_path: Path) -> None:
    """A review whose board named the child ("Serious Case Review: Daniel Pelka") is not anonymised: a
    draft naming a child has the name replaced, so its changed words are reported apart, as INDEX.tsv says."""
    from benchmarks.generalisation import published_jobs

    source = tmp_path / "published"
    source.mkdir()
    (source / "001.txt").write_text("URL: https://example.org/a\n\nChild A was seen.\n", encoding="utf-8")
    (source / "002.txt").write_text("URL: https://example.org/b\n\nThe review into Quillon Abara.\n",
                                    encoding="utf-8")
    (source / "INDEX.tsv").write_text("file\turl\tnames a child publicly\n001.txt\tx\tno\n002.txt\ty\tyes\n",
                                      encoding="utf-8")
    jobs = published_jobs(source, tmp_path / "work")
    assert [(j.draft.parent.name, j.set) for j in jobs] == [("001", "published-web"), ("002", "published-named")]
    (source / "INDEX.tsv").unlink()  # no index: every review is taken as anonymised
    assert {j.set for j in published_jobs(source, tmp_path / "work2")} == {"published-web"}


def test_pages_about_reviews_that_no_board_published_are_a_set_of_their_own(tmp_path: Path) -> None:
    """Press reports, commentary and committee papers about a review are not the review its board published
    and anonymised: INDEX.tsv's "publisher" column ("board" or "other") sets them apart."""
    from benchmarks.generalisation import published_jobs

    source = tmp_path / "published"
    source.mkdir()
    for name in ("001", "002", "003"):
        (source / f"{name}.txt").write_text("URL: https://example.org/\n\nChild A was seen.\n", encoding="utf-8")
    (source / "INDEX.tsv").write_text("file\turl\tnames a child publicly\tpublisher\n001.txt\tx\tno\tboard\n"
                                      "002.txt\ty\tno\tother\n003.txt\tz\tyes\tother\n", encoding="utf-8")
    jobs = published_jobs(source, tmp_path / "work")
    assert [(j.draft.parent.name, j.set) for j in jobs] == [("001", "published-web"), ("002", "published-other"),
                                                            ("003", "published-named")]


def test_day_precise_dates_in_every_form_the_reviews_write_are_left_to_the_date_policy() -> None:
    from benchmarks.generalisation import words_changed
    from benchmarks.reseed import Reseeder

    text = ("Child K was seen on the 29th of June 2023. Post on 25-Mar-2018. Thursday, January 12, 2017 it was "
            "published. Child K left.\n")
    _draft, truth, _ = Reseeder(text, 1).build("t", "test")
    policy = {d["text"] for d in truth["policy_dates"]}
    assert {"29th of June 2023", "25-Mar-2018", "Thursday, January 12, 2017"} <= policy, policy
    got = words_changed("Post on 25-Mar-2018 and on the 29th of June 2023.", "Post on March 2018 and on the June 2023.")
    assert got["changed"] == 0


def test_a_day_and_month_without_a_year_is_left_to_the_date_policy() -> None:
    from benchmarks.generalisation import words_changed

    got = words_changed("Called on April 1st. A GP saw him on the 30th March, two days before; in March 2022 too.",
                        "Called on [redacted]. A GP saw him on the [redacted], two days before; in March 2022 too.")
    assert got["changed"] == 0 and got["dates"] == 4


def test_a_range_of_days_is_left_to_the_date_policy() -> None:
    from benchmarks.generalisation import words_changed

    got = words_changed("Our work from 1st January to 31st December 2020, and the week of 24-28 June 2024.",
                        "Our work from January to December 2020, and the week of June 2024.")
    assert got["changed"] == 0
    assert words_changed("Child K was 3 - 28 June 2024 here", "Child K was LA1 June 2024 here")["changed"] == 2
    assert words_changed("seen between 3 and 5 May 2021.", "seen between May 2021.")["changed"] == 0


def test_a_day_precise_date_after_a_weekdays_abbreviation_is_left_to_the_date_policy() -> None:
    from benchmarks.generalisation import words_changed

    got = words_changed("Posted Sat. Mar 2nd, 2024 by the board.", "Posted March 2024 by the board.")
    assert got["changed"] == 0


def test_a_day_precise_date_inside_brackets_is_left_to_the_date_policy() -> None:
    from benchmarks.generalisation import words_changed

    got = words_changed("The board is today (16/01/2020) publishing it; before (27th November 2019) too.",
                        "The board is today (January 2020) publishing it; before (November 2019) too.")
    assert got["changed"] == 0 and got["dates"] == 3
