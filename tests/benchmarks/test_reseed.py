"""The reseeded drafts (published wording, synthetic identities put back) keep the corpus README's invariants."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from benchmarks.reseed import Reseeder, reseed

# Written for this test in the style of a published review (no real review's text).
PUBLISHED = (
    "Serious Case Review\n\nCHILD Q\n\nMay 2021\n\n"
    "1.1 Child Q was 4 years old when she was admitted to hospital in LA1. Her mother, Ms M, told the health "
    "visitor that Child Q had fallen. Sibling 2 lived with his father, Mr W, in LA2.\n\n"
    "1.2 The health visitor referred Child Q's case to Children's Social Care in March 2019. On 4 June 2019 "
    "the Police were called to the home. Ms M said that Mr W had left. The social worker, the school nurse "
    "and the midwife met in April 2019.\n"
)


def _built(seed: int) -> tuple[str, dict, dict]:  # type: ignore[type-arg]
    return Reseeder(PUBLISHED, seed).build("t", "test")


def test_every_label_becomes_a_mention_and_nothing_else_changes() -> None:
    for seed in range(5):
        draft, truth, _ = _built(seed)
        assert not re.search(r"\bChild Q\b|\bCHILD Q\b|\bLA\d\b|\bMs M\b|\bMr W\b|\bSibling 2\b", draft)
        for m in truth["mentions"]:
            assert draft[m["start"]:m["end"]] == m["text"]
        pieces, pos = [], 0
        for m in sorted(truth["mentions"], key=lambda m: m["start"]):
            pieces.append(draft[pos:m["start"]])
            pos = m["end"]
        pieces.append(draft[pos:])
        outside = "".join(pieces)
        for word in ("Children's", "Social", "Care", "March", "2019", "Police", "Serious", "Review"):
            assert word in outside
        pseudonyms = {e["pseudonym"] for e in truth["entities"]}
        assert {"Child Q", "Ms M", "Mr W", "Sibling 2", "LA1", "LA2"} <= pseudonyms


def test_variants_occur_only_inside_mentions() -> None:
    for seed in range(5):
        draft, truth, _ = _built(seed)
        spans = [(m["start"], m["end"]) for m in truth["mentions"]]
        for e in truth["entities"]:
            for v in e["variants"]:
                for hit in re.finditer(r"(?<!\w)" + re.escape(v) + r"(?!\w)", draft):
                    assert any(s <= hit.start() and hit.end() <= end for s, end in spans), (v, seed)


def test_keep_spans_are_published_wording_and_touch_no_mention() -> None:
    draft, truth, _ = _built(1)
    keep = {k["text"] for k in truth["keep"]}
    assert {"Children's", "Police", "March", "2019"} <= keep
    assert "June" not in keep  # a day-precise date is left to the date policy
    for k in truth["keep"]:
        assert draft[k["start"]:k["end"]] == k["text"]
        assert all(k["end"] <= m["start"] or m["end"] <= k["start"] for m in truth["mentions"])


def test_a_person_keeps_one_name_and_adults_get_titles() -> None:
    _, truth, register = _built(2)
    mother = next(e for e in truth["entities"] if e["pseudonym"] == "Ms M")
    assert any(re.fullmatch(r"(?:Mrs|Ms|Miss) \S+", v) or v == mother["canonical"] for v in mother["variants"])
    names = {r["name"] for r in register["entities"]}
    assert mother["canonical"] in names
    assert all(not v.isupper() for r in register["entities"] for v in r["variants"])


def test_writes_the_corpus_layout(tmp_path: Path) -> None:
    folder = reseed(PUBLISHED, "doc", "test", tmp_path, 3)
    assert folder is not None
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    draft = (folder / "draft.txt").read_text(encoding="utf-8")
    assert truth["published_text"] == PUBLISHED
    assert all(draft[m["start"]:m["end"]] == m["text"] for m in truth["mentions"])
    assert yaml.safe_load((folder / "register.yaml").read_text(encoding="utf-8"))["entities"]


def test_a_text_without_labels_makes_no_draft(tmp_path: Path) -> None:
    assert reseed("The board met in May 2019.", "none", "test", tmp_path, 1) is None


def test_the_same_seed_makes_the_same_draft_in_every_process() -> None:
    """String hashing differs between processes: nothing drawn may depend on a set's order."""
    import os
    import subprocess
    import sys

    code = ("import json, sys; from tests.benchmarks.test_reseed import _built; "
            "print(json.dumps(_built(4)[1]['mentions']))")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(h)}).stdout for h in (1, 2, 3, 4, 5)}
    assert len(runs) == 1


def test_a_first_name_the_board_chose_becomes_another_name() -> None:
    published = ("SAMANTHA\n\nSamantha was 15 when she left home. Her brother Tom stayed with their father. "
                 "Samantha's mother, Laura (not her real name), and the reviewer, Eileen Munro, met Laura's sister. "
                 "Professor Munro cited Brown (2011); in brown ink she wrote to Brown.\n")
    for seed in range(5):
        draft, truth, register = Reseeder(published, seed).build("t", "test")
        assert not re.search(r"\bSamantha\b|\bSAMANTHA\b|\bTom\b", draft)
        assert "Laura (not her real name)" in draft and "Eileen Munro" in draft  # declared; a full name
        by_pseudonym = {e["pseudonym"]: e for e in truth["entities"]}
        samantha = by_pseudonym["Samantha"]
        assert samantha["type"] == "PERSON" and samantha["canonical"] in draft
        assert samantha["canonical"].split()[0].upper() in samantha["variants"]
        assert "Laura" not in by_pseudonym and "Eileen" not in by_pseudonym
        assert {"Samantha", "Tom"} <= {r["pseudonym"] for r in register["entities"]}



def test_a_name_the_board_declares_its_own_stays_where_it_declares_it() -> None:
    """"referred to in this report as “Child O”", "who we shall refer to as Patricia": the report's own
    names, which a draft writes so too; a real name there would be no draft's wording."""
    published = ("In 2014 the girl referred to in this report as “Child O” took her own life. Child O was "
                 "troubled. A briefing concerns a child who we shall refer to as Patricia. Patricia was 15.\n")
    for seed in range(5):
        draft, truth, _ = Reseeder(published, seed).build("t", "test")
        assert "referred to in this report as “Child O”" in draft and "refer to as Patricia. Patricia" in draft
        assert "Child O was" not in draft  # elsewhere the label still stands for a name
        assert "Patricia" not in {e["pseudonym"] for e in truth["entities"]}
    published = "It concerns a child who shall be known as Zac. Zac was 15. Zac's sister was 12.\n"
    draft, truth, _ = Reseeder(published, 1).build("t", "test")
    assert draft == published and not truth["entities"]  # the review's own name, wherever it stands
    published = "The review was published in 2017. Polly, as she is known in the review, was 21 months old.\n"
    draft, truth, _ = Reseeder(published, 1).build("t", "test")
    assert draft == published and not truth["entities"]


def test_a_report_word_after_the_boards_name_makes_no_full_name() -> None:
    """A cover runs the review's name into its next words ("Report Holly Author: …", "Josh Independent Author")."""
    published = ("Serious Case Review Overview Report Holly Author: Isobel Colquhoun\n\nWhen Holly died, aged 8 "
                 "months, her death was unexplained.\n\nThe Circumstances Concerning Josh Independent Author Dr "
                 "John Fox\n\n"
                 "Josh was 3.\n")
    draft, truth, _ = Reseeder(published, 1).build("t", "test")
    assert not re.search(r"\b(?:Holly|Josh)\b", draft)
    assert {"Holly", "Josh"} <= {e["pseudonym"] for e in truth["entities"]}


def test_board_first_names_come_from_the_english_speaking_lists() -> None:
    published = "Two children (Annie and Billy) were hurt. Annie's father had other children. Billy was 2.\n"
    draft, truth, _ = Reseeder(published, 1).build("t", "test")
    assert not re.search(r"\b(?:Annie|Billy)\b", draft)
    assert {"Annie", "Billy"} <= {e["pseudonym"] for e in truth["entities"]}


def test_a_first_name_that_ends_a_full_name_is_no_board_name() -> None:
    published = "By Jordan Holbrook: I read the review. Jordan found it moving.\n"  # a surname before a colon
    draft, truth, _ = Reseeder(published, 1).build("t", "test")
    assert draft == published and not truth["entities"]
    published = "The authors were Sarah Johnson, Caroline Mark and Sian Thomas. Mark wrote the summary.\n"
    draft, truth, _ = Reseeder(published, 1).build("t", "test")
    assert "Caroline Mark and" in draft and not truth["entities"]
    # a first name no list knows, inside a line: "Nicky" is no sentence's first word, so "Stanley" is a surname
    published = "  \u2022 Authors Nicky Stanley, Khatidja Chantler and\n  \u2022 Published by the BJSW\n"
    draft, truth, _ = Reseeder(published, 1).build("t", "test")
    assert "Nicky Stanley" in draft and not truth["entities"]
    # ... but a word the text also writes in lower case is a label before the board's own name
    published = "Serious Case Review Claire/Anne\n\nIt is about Claire and her Mother Anne. Anne was 42.\n"
    draft, truth, _ = Reseeder(published, 1).build("t", "test")
    assert "Claire" not in draft and "Anne" not in draft
    published = "- 2.34 When John was placed, John settled. John's school agreed.\n"  # a sentence's first word
    draft, truth, _ = Reseeder(published, 1).build("t", "test")
    assert "John" not in draft and truth["entities"]


def test_a_review_that_names_its_child_publicly_makes_no_reseeded_draft(tmp_path: Path) -> None:
    """Reseeding keeps a published review's wording as wording to keep; a review whose board named the child
    (INDEX.tsv: "names a child publicly") is not anonymised, and its child's name is no wording to keep. The
    other reviews keep their seeds: the drafts made from them do not change."""
    from benchmarks.generalisation import reseed_folders

    source = tmp_path / "src"
    source.mkdir()
    for name in ("001.txt", "002.txt", "003.txt"):
        (source / name).write_text(f"URL: https://example.org/{name}\n\n{PUBLISHED}", encoding="utf-8")
    drafts = []
    for named in ("no", "yes"):
        (source / "INDEX.tsv").write_text(f"file\turl\tnames a child publicly\n001.txt\tx\tno\n"
                                          f"002.txt\tx\t{named}\n003.txt\tx\tno\n", encoding="utf-8")
        folders = reseed_folders(source, 5, tmp_path / named, ["txt"], include_dev=False)
        assert [f.name for f in folders] == (["web-001", "web-003"] if named == "yes"
                                             else ["web-001", "web-002", "web-003"])
        drafts.append((tmp_path / named / "web-003" / "draft.txt").read_text(encoding="utf-8"))
    assert drafts[0] == drafts[1]


def test_a_page_no_board_published_makes_a_draft_of_its_own_set(tmp_path: Path) -> None:
    """A press report or commentary (INDEX.tsv: publisher "other") is no review a board wrote: its draft is
    named "other-…", so the benchmark reports it apart from the drafts made from boards' own reviews."""
    from benchmarks.generalisation import reseed_folders, reseeded_sets

    source = tmp_path / "src"
    source.mkdir()
    for name in ("001.txt", "002.txt"):
        (source / name).write_text(f"URL: https://example.org/{name}\n\n{PUBLISHED}", encoding="utf-8")
    (source / "INDEX.tsv").write_text("file\turl\tnames a child publicly\tpublisher\n001.txt\tx\tno\tboard\n"
                                      "002.txt\tx\tno\tother\n", encoding="utf-8")
    folders = reseed_folders(source, 5, tmp_path / "out", ["txt"], include_dev=False)
    assert [f.name for f in folders] == ["web-001", "other-002"]
    assert {s: [f.name for f in fs] for s, fs in reseeded_sets(folders).items()} == \
        {"reseeded": ["web-001"], "reseeded-other": ["other-002"]}


def test_the_word_draft_keeps_the_pages_lines(tmp_path: Path) -> None:
    """A page's lines are headings, list items and table rows: the Word draft keeps each line's end
    as a line break, so a heading does not run into the sentence below it."""
    import docx

    from benchmarks.reseed import write_office

    (tmp_path / "draft.txt").write_text("December 2013 - Derbyshire - BDS12\nDeath of a boy.\n\nNext block\n")
    write_office(tmp_path, ("docx",))
    texts = [p.text for p in docx.Document(str(tmp_path / "draft.docx")).paragraphs]
    assert texts == ["December 2013 - Derbyshire - BDS12\nDeath of a boy.", "Next block"]
