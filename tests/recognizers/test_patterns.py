"""Patterns compiled once with their recogniser's flags, and searched only where their cue is."""

from __future__ import annotations

import pytest
import regex
from presidio_analyzer import PatternRecognizer

from recognizers.enabled import default_recognizers, structured_recognizers
from recognizers.patterns import CuedRegex, Pattern, compile_patterns


def _recognizer(*patterns: Pattern) -> PatternRecognizer:
    rec = PatternRecognizer(supported_entity="TEST", patterns=list(patterns), supported_language="en")
    compile_patterns(rec)
    return rec


def test_a_pattern_is_compiled_by_its_recogniser_not_when_made() -> None:
    broken = Pattern("broken", r"(unclosed", 0.5)  # made without compiling
    assert broken.compiled_regex is None
    with pytest.raises(ValueError, match="broken"):
        _recognizer(broken)


def test_a_score_outside_zero_to_one_is_refused() -> None:
    with pytest.raises(ValueError):
        Pattern("too high", r"x", 1.5)


def test_compiled_with_the_recognisers_flags() -> None:
    rec = _recognizer(Pattern("word", r"\bkestrel\b", 0.5))
    pattern = rec.patterns[0]
    assert pattern.compiled_with_flags == rec.global_regex_flags
    assert [r.start for r in rec.analyze("A KESTREL flew", ["TEST"])] == [2]  # Presidio's default: any case


@pytest.mark.parametrize(("text", "found"), [
    ("her passport number 305867214 was seen", ["305867214"]),
    ("her PASSPORT number 305867214 was seen", ["305867214"]),
    ("the number 305867214 was seen", []),  # no cue: the pattern is not even tried
])
def test_a_cued_pattern_runs_only_where_its_cue_is(text: str, found: list[str]) -> None:
    rec = _recognizer(Pattern("after the word", r"(?<=passport\s+number\s+)\d{9}", 0.8, cue="passport"))
    assert isinstance(rec.patterns[0].compiled_regex, CuedRegex)
    assert [text[r.start:r.end] for r in rec.analyze(text, ["TEST"])] == found


def test_patterns_sharing_a_cue_share_its_answer() -> None:
    a = Pattern("a", r"x", 0.5, cue="kestrel")
    b = Pattern("b", r"y", 0.5, cue="kestrel")
    assert a.cue is b.cue
    assert a.cue is not None and a.cue.found_in("A Kestrel") and not a.cue.found_in("A falcon")


# One example per cued pattern of ours: the cue must be implied by the pattern, so each example that
# the pattern matches without its cue check holds the cue too (and is still found).
CUED_EXAMPLES = {
    "Date of birth (cue before date)": ["DOB: 14/03/2002", "she was born on 3 May 2001", "D.O.B. 01.02.2003",
                                        "Date of Birth 4th June 1999", "Ella (b. 12/11/2010)"],
    "Date of birth (cue after date)": ["14/03/2002 (DOB)", "14 March 2002 is her birthday",
                                       "2 June 2011 (date of birth)"],
    "Passport (after the word)": ["Passport no. K7719203", "her passport number 305867214"],
    "Handle (platform then @)": ["TikTok @kestrel_77"],
    "Handle (label and colon)": ["Snapchat: lily_rose", "gamertag: Fr0sty"],
    "Handle (label)": ["the username dark_angel99", "Instagram handle kestrel.77"],
    "Handle (label is handle-like)": ["his Snapchat name is lily_99", "her Snapchat name, lily_99, was"],
    "Discord tag": ["his Discord handle, ghost#4821, was"],
    "Handle (an account's quoted handle-like name)": ['provider: account "sunnysorcha84" uploading',
                                                      "the accounts 'kdot_99' and"],
    "Handle (a name joined by an underscore)": ["Adult G adds jesss_m2k7 on the app."],
    "Police operation name": ["ran the investigation as Operation Tamarind.", "CSE HISTORY - OP FENNEL"],
    "Handle (weak label, quoted or handle-like)": ['her Instagram account "lilyrose"'],
    "Handle (handle-like, then the platform)": ['the name "jdog07" on Xbox Live'],
    "Handle (the platform, then the name used on it)": ["On Snapchat she used the name lil_precious07"],
    "Handle (in brackets after the platform)": ["Her Snapchat (tina_m84) was used"],
    "Handle (in brackets, the platform earlier in its sentence)": ["the Discord name you gave me (GreyManKL) comes"],
    "Handle (handle-like, right after the platform)": ["Snapchat dawit.t05;"],
    "Handle (the platform, then a quoted handle-like value in its sentence)": [
        'on Snapchat with the accounts "reb.washbay" and', "Kay's Snapchat at the time was kayleeann_x05;"],
    "Email address (written out, bracketed)": ["tina.marsh84 [at] gmail [dot] com", "tina(dot)marsh(at)gmail(dot)com"],
    "Email address (written out, in words)": ["jo.bloggs at example dot org"],
    "Date of birth without its year (after a label)": ["DOB 14 March", "her birthday, 14 March",
                                                       "born on the 3rd of April"],
    "Day and month without a year (weak)": ["On 22 March the IDVA called", "on March 22nd, then"],
    "Date of birth (beside an NHS number in brackets)": ["Jackline Maina (628 121 7063, 4 August 1998) moved"],
    "Date of birth (a family list's item: name, date, relationship)": ["Kayla Okafor \u2013 12.03.11 \u2013 daughter"],
    "Vehicle registration (current, with context)": ["his car, a silver Ford Focus, WZ67 UJD", "Reg: WZ67 UJD"],
    "Vehicle registration (current, lower case, with context)": ["the van wz17 ujd"],
    "Vehicle registration (prefix or suffix, with context)": ["a Vehicle R347 BXT", "plates: ABC 123D"],
    "Vehicle registration (prefix or suffix, after its label)": ["registration was R347 ZXT", "VRM Q123 QQQ"],
    "Vehicle registration (spaced, abroad, its country's registration after it)": [
        "CJ 07 FLO (Romanian reg, not seen since)", "B 123 ABC (Romanian registered)"],
    "Passport (two letters, seven digits)": ["her passport AB1234567 was seen", "ref ab7654321."],
    "LA case ID (system or record label)": ["LCS ID: 1234567", "Mosaic number 123456", "client ID 12345",
                                            "case record number AB-1234567"],
    "Driving licence (DVLA)": ["licence HARLO706123JT9XK", "MORGA 753116 SM9IJ", "MORGA753 116SM9IJ 01",
                               "JONES9 61 123 AB1CD"],
    "Network address (IPv6, MAC)": ["2001:db8::ff00:42:8329", "fe80::1:2 was", "at ::ffff:1 on", "3C:22:FB:91:0A:7E",
                                    "3c-22-fb-91-0a-7e", "2001:0db8:85a3:0000:0000:8a2e:0370:7334"],
    "File name (joined words)": ["Statement_KylePrice_final_v3.docx", "saved as KylePrice.pdf", "log_2019.xlsx"],
}


def _cued_patterns() -> dict[str, Pattern]:
    return {p.name: p for rec in default_recognizers() if isinstance(rec, PatternRecognizer)
            for p in rec.patterns if getattr(p, "cue", None) is not None}


def test_every_cued_pattern_has_examples() -> None:
    assert set(_cued_patterns()) == set(CUED_EXAMPLES)


@pytest.mark.parametrize(("name", "text"), [(n, t) for n, texts in CUED_EXAMPLES.items() for t in texts])
def test_each_cue_is_implied_by_its_pattern(name: str, text: str) -> None:
    pattern = _cued_patterns()[name]
    compiled = pattern.compiled_regex
    assert isinstance(compiled, CuedRegex)
    uncued = regex.compile(pattern.regex, flags=pattern.compiled_with_flags)
    assert uncued.search(text), f"{name!r} should match {text!r}"
    assert pattern.cue is not None and pattern.cue.found_in(text)
    assert list(compiled.finditer(text)), "found through the cue check as well"


def test_the_verifiers_recognisers_are_compiled_with_their_cues() -> None:
    cued = [p for rec in structured_recognizers() if isinstance(rec, PatternRecognizer) for p in rec.patterns
            if isinstance(p.compiled_regex, CuedRegex)]
    assert cued  # passport and date-of-birth patterns at least


def test_a_cue_holds_whichever_instance_compiled_the_shared_patterns_first() -> None:
    shared = Pattern("after the word", r"(?<=passport\s+)\d{9}", 0.8, cue="passport")
    plain = PatternRecognizer(supported_entity="TEST", patterns=[shared], supported_language="en")
    plain.analyze("passport 305867214", ["TEST"])  # Presidio compiles it itself, without the cue
    assert not isinstance(shared.compiled_regex, CuedRegex)
    rec = _recognizer(shared)
    assert isinstance(shared.compiled_regex, CuedRegex)
    assert [r.start for r in rec.analyze("passport 305867214", ["TEST"])] == [9]


def test_our_recognisers_compile_their_patterns_when_made() -> None:
    from recognizers.date_recognizer import DateOfBirthRecognizer
    from recognizers.passport import PassportRecognizer

    for rec in (DateOfBirthRecognizer(), PassportRecognizer()):
        assert all(p.compiled_regex is not None for p in rec.patterns)
