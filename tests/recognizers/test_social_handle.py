"""Tests for the social-media handle recogniser."""

from __future__ import annotations

import pytest

from recognizers.catalogue import SOCIAL_HANDLE
from recognizers.social_handle import SocialHandleRecognizer
from tests.recognizers.prose import PROSE_SNIPPETS, found, spans_of

POSITIVE = [
    ("she messaged @some_name about it", "@some_name"),
    ("(@lily.rose99)", "@lily.rose99"),
    ("Snapchat: lily_rose.", "lily_rose"),
    ("Snapchat: JayJay", "JayJay"),
    ("IG - @lily.rose.", "@lily.rose"),
    ("Instagram username xyz", "xyz"),
    ("her Instagram user name 'Sk8rGirl' was", "Sk8rGirl"),
    ("TikTok @name", "@name"),
    ("TikTok handle @dance.queen", "@dance.queen"),
    ("her Snapchat username was lily_99", "lily_99"),
    # the handle first, then the platform it is used on
    ('he used the name "jdog07" on Xbox Live', "jdog07"),
    ("messages from kayla.x.o on Snapchat", "kayla.x.o"),
    ("the username dark_angel99 was used", "dark_angel99"),
    ("gamertag: Fr0sty", "Fr0sty"),
    ('Instagram account "lilyrose" was', "lilyrose"),
    ("Her Facebook profile (Olwethu.Brojek.9) showed him", "Olwethu.Brojek.9"),  # in brackets after it
    ("her Instagram account lily.rose.99 was", "lily.rose.99"),
    ("Kik name: mystery_boy", "mystery_boy"),
    # the platform earlier in the sentence, then the name used on it
    ("On Snapchat Precious used the name lil_precious07 and", "lil_precious07"),
    # an account named later in the platform's sentence
    ("14 Snapchat messages between Kai's own account and another older account named g.lusk.fit, and",
     "g.lusk.fit"),
    ("On TikTok he went by the name of dance.king.", "dance.king"),
    # a Discord tag, a name and four digits, wherever it stands; a handle set off by commas after its label
    ("His Discord handle, ghost#4821, was known to police.", "ghost#4821"),
    # a name joined by an underscore, wherever it stands: a handle, as nothing else in prose is written so
    ("Adult G adds jesss_m2k7 on the app.", "jesss_m2k7"),
    ("Child E (Steam user AyoNoodle_99) receives a message.", "AyoNoodle_99"),
    ("messages with Adult I (soph.ade_x) and Adult S", "soph.ade_x"),
    ("added kay.m#0007 as a friend", "kay.m#0007"),
    ("Her Snapchat name, lily_99, was shared.", "lily_99"),
    # a handle-like value in brackets right after its platform
    ("Her Snapchat (tina_m84) was used.", "tina_m84"), ("messages on Instagram (@lily.rose) were", "@lily.rose"),
    # ... or later in the platform's sentence, a name in camel case too
    ("keep an eye on the college wifi \u2013 the Discord name you gave me (GreyManKL) comes up", "GreyManKL"),
    # a handle-like value right after its platform, as a list of contact details writes it
    ("e-mail d.t@example.com; Snapchat dawit.t05; Telegram", "dawit.t05"), ("Instagram lily_rose99 and", "lily_rose99"),
    # ... quoted, or after "Snap", the platform's short name; a login; who wrote from it
    ('Chels has a new snapchat "chelsrae_x" and', "chelsrae_x"),
    ("Mob 07700 900344. Snap: moz.o_07. Assoc", "moz.o_07"),
    ('he had her Facebook login, "shabnam.r.1988", and', "shabnam.r.1988"),
    ("threats received on Snapchat from lewisgrant06. PC", "lewisgrant06"),
    # ... after "is" or "was"
    ("likes gaming; his Snapchat is baileyd_08x and he told", "baileyd_08x"),
    ("Her Instagram was lexi.m.swims until May.", "lexi.m.swims"),
    # ... in quotes, or after "is"/"was", later in the sentence that names the platform
    ('her Snapchat was in contact with the accounts "reb.washbay" and others. A', "reb.washbay"),

    ("(Kay's Snapchat at the time was kayleeann_x05; the police", "kayleeann_x05"),
    ('threats sent on Snapchat from user "kdot_bando". Incident', "kdot_bando"),
    ('Ashcroft, as "rookexe" on Discord, demands', "rookexe"),
    ('using the display name "R00kTheBuilder" and', "R00kTheBuilder"),
    ('through Fortnite and Discord as "K1ngKirk" and', "K1ngKirk"),
    ("privately on Snapchat (his handle gaz.coach83, hers", "gaz.coach83"),
    # an account's name in quotes, handle-like, where no platform is named ("a US-based messaging provider")
    ('from a US-based messaging provider: account "sunnysorcha84" uploading material', "sunnysorcha84"),
]

NEGATIVE = [
    # a word right after the platform, before a sentence's stop; a word after a label and its dash
    'all the girls were doing those TikTok workouts." She later', "until after the Instagram post. The police",
    "Steam account 76561198312045577 and Discord installed. Ms Heywood", "the snapchat handle \u2013 both were clear",
    "he messaged her on Facebook (WhatsApp) later", "played on Xbox (PlayStation) at his cousin's",
    "on Discord (see paragraph 4)", "on Snapchat (McDonald) he",
    "his Snapchat was deleted in May", "her Instagram is private", "his Snapchat was 12.30pm",
    'Her Snapchat messages quoted "version 2.1" of the plan', "on Snapchat at the time was 10.30pm",
    'the account "Savings 2" was closed', 'the bank account "ISA.2021" was opened',  # an account's own name
    "jo@example.com",  # email address
    "meet @ 5pm",
    "meet @5pm",
    "back @10:30",
    "@12",
    "Snapchat username and password",
    "Instagram name is unknown",  # is/was need a handle-like value
    "Snapchat name was changed",
    "she used Instagram to contact him",
    "her Facebook account was deleted",
    "Instagram account lilyrose",  # a weak label needs a quoted or handle-like value
    'she posted "hello" on Facebook',  # a quoted word before a platform: no handle-like character
    "at 10.30 on Facebook", "in 2019 on Snapchat",  # a time, a year
    "Facebook-based grooming",
    "On Snapchat she used the name of her friend.",  # a name's words, nothing handle-like
    "On Facebook. Later she used the name lil.x07 at school.",  # another sentence
    "tiktok.com/@some.name",  # part of a URL
    "x@some_name",  # no word boundary
    # a public body's own account
    "follow us on Twitter @WiltshireSCB",
    "Twitter: @QuillburyLSCP and @NSPCC",
    "Twitter @WestshirePolice",
    "Follow @MerseyValeSAB and @PBSCP_learning for updates",  # an adults' board; what the account is for
    "issue #4821 of the journal", "Recommendation#12", "room#1234a",  # a number sign before a number
    "Her Snapchat name, which she changed, was",  # commas around words
    "She used Snapchat (the app) daily.", "on Facebook (2019) and", "on TikTok (see 4.2)",  # words, a year
    "on Snapchat 2.0 and", "via WhatsApp 3.30pm", "on Facebook in 2019",  # a version, a time, a year
    "a snap decision", "a snap 2019 poll", "on Snapchat from 2021", "on Snapchat from her friends",
    "her Facebook login was shared",
    # underscores in a file's name, an e-mail address or a web address, a placeholder or a heading's code
    "see Chronology_v2.docx", "mail j_smith@example.org", "www.example.org/child_protection", "____ signed",
    "DRAFT_V2", "s_47", "the form CP_1", "news-48758960?intlink_from_url=&link_location=live",
    *PROSE_SNIPPETS,
    # a verb after the label: a note about the handle, no handle
    "the NHS number, the vehicle registration and the Snapchat handle must be removed.",
    "her Instagram username should be checked", "the TikTok account may have been deleted",
    # a family role as the account's name: the review's label for the person it was named after
    'messaging her through a Facebook account in the name "Stepfather". She said',
    # what someone calls the account, in quotes after "as": a word of theirs, no name on it
    'an Instagram account that police describe as "advertising" her', 'a TikTok page seen as "grooming".',
    # a word in brackets in lower case, no name in camel case ("Yonas (pseudonym)")
    "Snapchat account added to Yonas (pseudonym) phone.", "on TikTok with her friend (Maya) and",
    # a verb after a label, and a word after what someone calls the page ("describe the setting as")
    'His online names included', "her Facebook page continued to describe the setting as \"pet-free\".",
    "abena.m on TikTok \u2013 check with Grace before",
]


@pytest.mark.parametrize("text, value", POSITIVE)
def test_finds_handle(text: str, value: str) -> None:
    recognizer = SocialHandleRecognizer()
    assert found(recognizer, text, SOCIAL_HANDLE) == spans_of(text, value)
    assert all(r.score >= 0.5 for r in recognizer.analyze(text, [SOCIAL_HANDLE]))


@pytest.mark.parametrize("text", NEGATIVE)
def test_ignores(text: str) -> None:
    assert found(SocialHandleRecognizer(), text, SOCIAL_HANDLE) == []


def test_platform_raises_score() -> None:
    bare = SocialHandleRecognizer().analyze("she follows @name", [SOCIAL_HANDLE])
    labelled = SocialHandleRecognizer().analyze("TikTok @name", [SOCIAL_HANDLE])
    assert [r.score for r in bare] == [0.6]
    assert [r.score for r in labelled] == [0.8]


def test_metadata() -> None:
    recognizer = SocialHandleRecognizer()
    assert recognizer.supported_entities == [SOCIAL_HANDLE]
    assert recognizer.supported_language == "en"
    assert recognizer.name == "SocialHandleRecognizer"
