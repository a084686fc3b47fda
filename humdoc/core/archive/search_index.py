"""The archive's search index: words to keyed tokens, and the ``search_docs`` rows.

``store.put_record`` calls ``index_record`` when a version becomes current; ``search.search``
turns a query into a ``tsquery`` with ``tsquery_of``. Everything here happens on the client.

The database never sees a word in the clear. The client turns each searchable field into terms
and each term into a *keyed token*, ``base32(HMAC-SHA256(search key, term))[:10 bytes]``; the
``search_docs`` table holds, per record, a ``tsvector`` of those tokens (built client-side and
cast, so no text-search configuration of PostgreSQL ever touches them) under a GIN index. A
query goes through the same steps and becomes ``tokens @@ (t1 & (t2a | t2b) ...)::tsquery``.

What is indexed is what the desktop vault indexes (``humdoc.core.domain.search``): case titles
and descriptions, incident titles, descriptions and coarse locations, testimony titles,
statements and tags. Never persons (pseudonym codes, roles), interviewers, identities, media
metadata, or anything of the identity compartment.

From words to terms:

1. words are runs of letters and digits (an apostrophe inside a word joins it: ``l'école`` is
   one word for the tokenizer, then split at the apostrophe: ``l``, ``école``);
2. normalised: NFKC, case-folded; Arabic loses its diacritics (tashkeel) and tatweel, and its
   alef forms, alef maqsura and ta marbuta become bare alef, ya and ha, and the article goes
   before stemming; Cyrillic ``ё`` becomes
   ``е`` and stress marks go; Latin words are stemmed as written and with their combining marks
   stripped, so ``école`` and ``ecole`` meet;
3. stemmed with the Snowball stemmer of the record's language (Arabic, English, French, Spanish,
   Russian), or for Ukrainian (not in Snowball) by ``stem_ukrainian``, a light suffix stripper.
   A record whose language is unknown (cases, incidents, a testimony whose language is not one
   of these) is indexed under the stems of every language written in the word's script, so a
   query finds it whatever language it is written in; a query's words are always stemmed that
   way, its alternatives ORed. Words of other scripts are their normalised form.

Title and tag tokens carry weight A, the rest D; every token's position is 1, so the index keeps
no word order (docs/archive.md, "Search", says what a database administrator learns from the
tokens).
"""

from __future__ import annotations

import base64
import functools
import hmac
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

import snowballstemmer

from humdoc.core.archive.keys import ArchiveKeys
from humdoc.core.errors import InvalidInput

TOKEN_BYTES = 10
MAX_QUERY_WORDS = 16
#: The kinds with a search entry, and each kind's fields: (field, weight).
FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "cases": (("title", "A"), ("description", "D"), ("tags", "A")),
    "incidents": (("title", "A"), ("description", "D"), ("location", "D"), ("tags", "A")),
    "testimonies": (("title", "A"), ("statement", "D"), ("tags", "A")),
}
SEARCHED_KINDS = tuple(FIELDS)

SNOWBALL = {"ar": "arabic", "en": "english", "fr": "french", "es": "spanish", "ru": "russian"}
LANGUAGES = ("ar", "en", "fr", "es", "ru", "uk")
#: The languages written in each script, whose stems a word of that script is indexed under.
SCRIPT_LANGUAGES = {"arabic": ("ar",), "latin": ("en", "fr", "es"), "cyrillic": ("ru", "uk")}
_SCRIPT_OF = {"ar": "arabic", "en": "latin", "fr": "latin", "es": "latin", "ru": "cyrillic",
              "uk": "cyrillic"}  # fmt: skip
#: How a testimony's free-text language field may name each language (case-folded).
LANGUAGE_NAMES = {
    "ar": ("ar", "ara", "arabic", "arabe", "árabe", "العربية", "عربي", "عربية"),
    "en": ("en", "eng", "english", "anglais", "inglés", "ingles"),
    "fr": ("fr", "fra", "fre", "french", "français", "francais", "francés"),
    "es": ("es", "spa", "spanish", "español", "espanol", "castellano", "espagnol"),
    "ru": ("ru", "rus", "russian", "русский", "russe", "ruso"),
    "uk": ("uk", "ukr", "ukrainian", "українська", "ukrainien", "ucraniano"),
}
_LANGUAGE_BY_NAME = {name: code for code, names in LANGUAGE_NAMES.items() for name in names}

#: Combining marks (Python's ``\w`` leaves them out): Latin, Cyrillic, Hebrew, Arabic, Syriac,
#: the Indic and Thai blocks whole, and the general combining blocks.
_MARK = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06ed\u0711\u0730-\u074a\u0900-\u0dff\u0e31-\u0e3a\u0e47-\u0e4e"
    "\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
)
_LETTERS = rf"[\w{_MARK}]+"
_WORD = re.compile(rf"{_LETTERS}(?:['’ʼ]{_LETTERS})*", re.UNICODE)
_APOSTROPHES = re.compile(r"['’ʼ]")
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_FORMS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_MAX_WORD = 64


def language_of(value: Any) -> str | None:
    """The supported language a record's language field names (``"Arabic"``, ``"uk"``,
    ``"en-GB"``), or None."""
    if not isinstance(value, str):
        return None
    text = unicodedata.normalize("NFKC", value).casefold().strip()
    if text in _LANGUAGE_BY_NAME:
        return _LANGUAGE_BY_NAME[text]
    head = re.split(r"[-_ (]", text, maxsplit=1)[0]
    return _LANGUAGE_BY_NAME.get(head)


def script_of(word: str) -> str | None:
    """``arabic``, ``cyrillic`` or ``latin`` by the word's first letter; None for others."""
    for ch in word:
        if not ch.isalpha():
            continue
        code = ord(ch)
        if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF:
            return "arabic"
        if 0x0400 <= code <= 0x052F:
            return "cyrillic"
        if code < 0x0250 or 0x1E00 <= code <= 0x1EFF:
            return "latin"
        return None
    return None


def _strip_marks(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def normalize(word: str, script: str | None) -> str:
    """A word's normalised form in its script (see the module's note)."""
    word = unicodedata.normalize("NFKC", word).casefold()
    if script == "arabic":
        return _ARABIC_MARKS.sub("", word).translate(_ARABIC_FORMS)
    if script == "cyrillic":
        word = _APOSTROPHES.sub("", word)
        word = unicodedata.normalize("NFD", word).replace("\u0301", "")
        return unicodedata.normalize("NFC", word).replace("ё", "е")
    return word


# --- Ukrainian: a light stemmer ---------------------------------------------------------------

#: Inflectional endings of Ukrainian nouns, adjectives and verbs, longest first. A word loses the
#: longest one that leaves a stem of at least ``_UK_MIN_STEM`` letters (after its reflexive
#: ``-ся``/``-сь``). Alternations inside the stem (``свідок``/``свідка``) are not undone.
_UK_REFLEXIVE = ("ся", "сь")
_UK_ENDING_LIST = (
    # adjectives and participles
    "ого ому ими іми ій ий ої ою их іх им ім ая яя ее а е є і я ю у о и "
    # nouns
    "ами ями ові еві єві ах ях ам ям ом ем єм ів їв ей ею єю ї ь "
    # verbs (only endings no noun or adjective ends in: "-ли" of "обстріли" stays)
    "ати яти ити іти ути еш єш ить іть ять ать уть ють емо ємо имо ете єте ите ав ала "
    "али ало ив ила или ило яв яла яли яло ано ено ання ення ування"
)
_UK_ENDINGS = tuple(sorted(set(_UK_ENDING_LIST.split()), key=len, reverse=True))
_UK_MIN_STEM = 3


def stem_ukrainian(word: str) -> str:
    """A light stem of a normalised Ukrainian word: ``обстрілами`` → ``обстріл``."""
    for ending in _UK_REFLEXIVE:
        if word.endswith(ending) and len(word) - len(ending) >= _UK_MIN_STEM + 1:
            word = word[: -len(ending)]
            break
    for ending in _UK_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _UK_MIN_STEM:
            return word[: -len(ending)]
    return word


# --- words to terms ---------------------------------------------------------------------------


@functools.cache
def _stemmer(language: str) -> Any:
    return snowballstemmer.stemmer(SNOWBALL[language])


#: The definite article with its attached particles. Snowball's Arabic stemmer, having taken
#: a prefix, leaves the suffix (``الميليشيا`` and ``ميليشيا`` would differ): the article goes
#: first, when at least three letters remain.
_ARABIC_ARTICLE = ("وال", "بال", "كال", "فال", "لل", "ال")


def _stem(word: str, language: str) -> str:
    if language == "uk":
        return stem_ukrainian(word)
    if language == "ar":
        for article in _ARABIC_ARTICLE:
            if word.startswith(article) and len(word) - len(article) >= 3:
                word = word[len(article) :]
                break
    return str(_stemmer(language).stemWord(word))


@functools.lru_cache(maxsize=50_000)
def terms_of_word(word: str, language: str | None) -> frozenset[str]:
    """The terms one word is indexed (or looked up) under, in ``language`` if known and of the
    word's script, else in every language of its script."""
    script = script_of(word)
    norm = normalize(word, script)
    if not norm:
        return frozenset()
    if script is None:
        return frozenset({norm})
    languages = (
        (language,)
        if language is not None and _SCRIPT_OF.get(language) == script
        else SCRIPT_LANGUAGES[script]
    )
    terms: set[str] = set()
    for lang in languages:
        if script == "latin":
            terms.add(_strip_marks(_stem(norm, lang)))
            terms.add(_stem(_strip_marks(norm), lang))
        else:
            terms.add(_stem(norm, lang))
    terms.discard("")
    return frozenset(terms)


def words(text: str) -> list[str]:
    """The words of a text (apostrophes split, as ``l'école`` → ``l``, ``école``; a
    Cyrillic word keeps its apostrophe for ``normalize`` to drop: ``м'ясо`` → ``мясо``)."""
    found: list[str] = []
    for match in _WORD.findall(text):
        if script_of(match) == "cyrillic":
            found.append(match[:_MAX_WORD])
        else:
            found += [w[:_MAX_WORD] for w in _APOSTROPHES.split(match) if w]
    return found


def token(search_key: bytes, term: str) -> str:
    """The keyed token of a term: base32 of the first 10 bytes of HMAC-SHA256, lower case."""
    digest = hmac.digest(search_key, term.encode("utf-8"), "sha256")[:TOKEN_BYTES]
    return base64.b32encode(digest).decode("ascii").lower()


def _texts(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        yield from (v for v in value if isinstance(v, str))


def tsvector_of(keys: ArchiveKeys, kind: str, body: dict[str, Any]) -> str | None:
    """The ``tsvector`` literal of a record's searchable fields (None if it has none).

    Each token once, at position 1, weight A if any title or tag holds it, else D."""
    fields = FIELDS.get(kind)
    if fields is None:
        return None
    language = language_of(body.get("language")) if kind == "testimonies" else None
    weights: dict[str, str] = {}
    for field, weight in fields:
        for text in _texts(body.get(field)):
            for word in words(text):
                for term in terms_of_word(word, language):
                    if weights.get(term) != "A":
                        weights[term] = weight
    if not weights:
        return None
    key = keys.search_key
    return " ".join(
        f"'{token(key, t)}':1A" if w == "A" else f"'{token(key, t)}':1" for t, w in weights.items()
    )


def tsquery_of(keys: ArchiveKeys, text: str) -> str:
    """The ``tsquery`` of what a user typed: every word must match, in any of its stems.

    ``InvalidInput`` if the text holds no word."""
    groups: list[str] = []
    seen: set[frozenset[str]] = set()
    for word in words(text)[:MAX_QUERY_WORDS]:
        terms = terms_of_word(word, None)
        if not terms or terms in seen:
            continue
        seen.add(terms)
        alternatives = sorted({token(keys.search_key, t) for t in terms})
        groups.append("(" + " | ".join(f"'{a}'" for a in alternatives) + ")")
    if not groups:
        raise InvalidInput("Type at least one word to search for.")
    return " & ".join(groups)


# --- the index and the query ------------------------------------------------------------------


def index_record(
    conn: Any, keys: ArchiveKeys, kind: str, rid: str, body: dict[str, Any], case_id: str | None
) -> None:
    """Make ``search_docs`` hold the current version of a record (inside the caller's
    transaction, as ``store.put_record`` calls it when a version becomes current)."""
    vector = tsvector_of(keys, kind, body)
    if vector is None:
        if kind in FIELDS:
            conn.execute("DELETE FROM search_docs WHERE kind = %s AND id = %s", (kind, rid))
        return
    conn.execute(
        "INSERT INTO search_docs(kind, id, case_id, tokens) VALUES (%s, %s, %s, %s::tsvector) "
        "ON CONFLICT (kind, id) DO UPDATE SET case_id = EXCLUDED.case_id, "
        "tokens = EXCLUDED.tokens, n = DEFAULT",
        (kind, rid, case_id, vector),
    )
