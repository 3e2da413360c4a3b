"""Gambling sentences spun into a real paragraph: the paragraph keeps its own sentences.

Parasite text is often pasted sentence by sentence into an article's paragraphs
(…并分享了自己的训练经历。盈骁体育app下载安装是当前备受关注的话题。她表示…): the line as a whole sells
gambling and a line rule takes it, with the article's own sentences in it. When such a paragraph
holds clean sentences of the article's own, only its gambling sentences go, under the rule that
judged the paragraph.
"""

from __future__ import annotations

import operator
import re

from newsclean.cleaning.brands import pitch_run_end
from newsclean.cleaning.config import CleaningConfig
from newsclean.cleaning.echoes import PageBrands, find_brand_shapes
from newsclean.cleaning.features import LineSignals, measure_line
from newsclean.cleaning.lexicon import MOSTLY_GAMBLING_WEIGHT, load_lexicon
from newsclean.cleaning.lines import PageContext, spam_only_terms, used_words
from newsclean.cleaning.registry import register
from newsclean.cleaning.shapes import gambling_nouns
from newsclean.cleaning.trailers import trailer_items
from newsclean.cleaning.types import delete_spans

# A clause break in Chinese prose (a translation may write it as a Latin comma after a Han character); in
# English a Latin comma joins a pitch's own list (150 free spins, play now …).
COMMA_RE = re.compile(r"，|(?<=[\u4e00-\u9fff]),")
# A sentence: up to and with its end mark and closing quotes; in Latin script a full stop ends one where
# the next starts with a capital (…eat early. Before you fly, …), not in 3.5 or a domain (lumospin9.bet).
SENTENCE_RE = re.compile(r"(?:[^。！？!?.]|\.(?!\s+[A-Z“\"‘]))*(?:[。！？!?.][」』”’\"'）)]*|$)")
# A sentence attributed to a source (据英国《每日电讯报》报道, 报道称, 新华社消息): a report, not a pitch.
ATTRIBUTED_RE = re.compile(r"据[^，,。；;]{1,30}(?:报道|報道|消息|介绍|介紹|透露)|报道(?:称|说)|報道(?:稱|說)")
# Line rules whose paragraphs may hold the article's own sentences (not lists, not farms).
PARAGRAPH_RULES = frozenset({"gambling_ad_paragraph", "promo_line", "tout_line"})


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the sentences of ``text`` (``SENTENCE_RE``), blank ones left out."""
    return [m.span() for m in SENTENCE_RE.finditer(text) if m.group().strip()]


def gambling_sentences(s: LineSignals, config: CleaningConfig) -> list[tuple[int, int]]:
    """The gambling sentences of a paragraph that also holds clean ones, else [].

    A sentence with gambling evidence goes (a brand, a lexicon word); so does a sentence with none that
    follows one and stacks calls to action (…首存送彩金。立即下载注册，领取新人礼包！: the pitch goes on).
    The rest stay: prose with one call to action at most (十大屋苑, 生鮮配送), and a promotion of the
    article's own before the pitch (新用户下载APP并注册，可领取优惠券。 in a shopping app's news). A pitch
    that runs on into a clean clause with a comma (…新人首存送彩金，年轻人成为夜宵消费主力…) ends at that
    comma (``_pitch_clause_end``).

    Safe: the paragraph must keep a clean prose sentence (no gambling word, brand or second call to
    action, ``topic_sentence_min_chars`` long); every span it loses has gambling evidence or continues a
    span that has.
    """
    spans = sentence_spans(s.text)
    signals = [measure_line(s.text[a:b], 0) for a, b in spans]
    gambling = [bool(x.score or x.all_brands) for x in signals]
    # A short clause right before a pitch leads into it (【编者按】文明实践，重在参与。本期特别推荐<X娱乐>…), unless
    # the paragraph holds prose of its own too (据介绍，该功能已覆盖全部航线。<pitch>。<X>表示，下一步…).
    prose = any(_is_clean_sentence(x, config) and x.chars >= config.topic_sentence_min_chars for x in signals)
    leads = [g and not prose for g in [*gambling[1:], False]]
    clean = [_is_own_sentence(x, config, lead) for x, lead in zip(signals, leads, strict=True)]
    if len(spans) == 1 and gambling[0]:
        middle = _spliced_clauses(s.text, config)
        if middle:
            return [middle]
        end = _pitch_clause_end(s.text, config)
        return [(0, end)] if end < len(s.text) else []
    if not any(clean) or not any(gambling):
        return []
    out: list[tuple[int, int]] = []
    for i, (span, g) in enumerate(zip(spans, gambling, strict=True)):
        if g:
            out.append((span[0], span[0] + _pitch_clause_end(s.text[span[0] : span[1]], config)))
        elif not clean[i] and signals[i].cta and out and out[-1][1] == span[0]:
            out.append(span)  # a call to action right after a pitch sentence is the pitch's
    return out


def _is_own_sentence(x: LineSignals, config: CleaningConfig, leads_into_pitch: bool = False) -> bool:
    """A sentence of the article's own in a mixed paragraph: no gambling word or brand, and either prose with
    at most one call to action (``topic_sentence_min_chars``), or a clause with none that does not lead into
    a pitch (报名成功后将收到短信确认。 after one)."""
    if not _is_clean_sentence(x, config):
        return False
    if x.chars >= config.topic_sentence_min_chars:
        return True
    return not x.cta and not leads_into_pitch and x.chars >= config.tail_clean_rest_min_chars


def _spliced_clauses(sentence: str, config: CleaningConfig) -> tuple[int, int] | None:
    """Clauses of a pitch spliced into the middle of a sentence of the article's own (廟方表示，祭典期間將加開求籤
    服務，<X娛樂城註冊送1000，百家樂…通通有，>並由志工協助解籤。): the span from after the last clean clause
    before the pitch to the last comma of the pitch, or None.

    Safe: the sentence must go on after the pitch in a clean clause and start before it in one, each with no
    gambling word, brand, call to action or seller's voice and ``tail_clean_rest_min_chars`` long, the one
    after it shorter than a sentence; a pitch that opens or ends its sentence (更多赛事贴士，请浏览X官网) is no
    splice and goes whole.
    """
    commas = [m.end() for m in COMMA_RE.finditer(sentence)]
    if len(commas) < 2:
        return None
    head_end = tail_start = None
    for comma in commas:
        clause = measure_line(sentence[:comma], 0)
        if not _is_clean_clause(clause, config):
            break
        if clause.chars >= config.tail_clean_rest_min_chars:
            head_end = comma
    for comma in reversed(commas):
        clause = measure_line(sentence[comma:], 0)
        if not _is_clean_clause(clause, config):
            break
        if clause.chars >= config.tail_clean_rest_min_chars:
            tail_start = comma
    if head_end is None or tail_start is None or tail_start <= head_end:
        return None
    # A clause of prose long enough to be a sentence of its own after the pitch starts a new sentence: the
    # clause before the pitch then leads into it (夜宵配球赛更过瘾，<pitch>，年轻人成为夜宵消费主力…) and goes
    # with it (``_pitch_clause_end``); a short one (並由志工協助解籤。) finishes the sentence the pitch cut.
    if measure_line(sentence[tail_start:], 0).chars >= config.topic_sentence_min_chars:
        return None
    middle = measure_line(sentence[head_end:tail_start], 0)
    return (head_end, tail_start) if middle.score or middle.all_brands else None


def _is_clean_clause(x: LineSignals, config: CleaningConfig) -> bool:
    return not (x.cta or x.voice) and _is_clean_sentence(x, config)


def _pitch_clause_end(sentence: str, config: CleaningConfig) -> int:
    """Where a pitch opening ``sentence`` ends when the sentence goes on, after a comma, in a clause of prose
    (…新人首存送彩金，年轻人成为夜宵消费主力…): the first such break,
    so no clause of the article's own goes with the pitch, else its end.

    The cut is the first comma before which all of the sentence's gambling evidence lies and after which
    the rest is clean prose with no call to action (``topic_sentence_min_chars``): the comma goes with the pitch.
    """
    whole = measure_line(sentence, 0)
    for comma in (m.start() for m in COMMA_RE.finditer(sentence)):
        rest = measure_line(sentence[comma + 1 :], 0)
        if rest.chars < config.topic_sentence_min_chars or rest.cta or not _is_clean_sentence(rest, config):
            continue  # a call to action after the comma (…提款秒到，注册就送18元…) goes on selling
        head = measure_line(sentence[: comma + 1], 0)
        if head.score >= whole.score and head.all_brands >= whole.all_brands:
            return comma + 1
    return len(sentence)


def sentence_edits(
    signals: list[LineSignals], verdicts: list[str | None], end_index: int, config: CleaningConfig
) -> list[tuple[int, int, str]]:
    """Paragraphs inside the article judged spam whole that hold clean sentences: their verdicts are
    cleared and their gambling sentences returned as edits under the same rule."""
    edits: list[tuple[int, int, str]] = []
    for i, (s, verdict) in enumerate(zip(signals, verdicts, strict=True)):
        if verdict not in PARAGRAPH_RULES or i > end_index:
            continue
        spans = gambling_sentences(s, config)
        if spans:
            verdicts[i] = None
            edits += [(s.start + a, s.start + b, verdict) for a, b in spans]
    return edits


def _sells(x: LineSignals) -> bool:
    """Besides a brand's own noun (娱乐城, 体育, 彩票), the sentence holds a call to action or a word mostly
    gambling uses (weight 2 or more: 稳赚不赔, 真人娱乐, 下注), not only words news prints too (博彩公司, 赔率)."""
    terms, nouns = load_lexicon().terms, gambling_nouns()
    return bool(x.cta) or any(terms[t].weight >= MOSTLY_GAMBLING_WEIGHT for t in x.terms - nouns if t in terms)


def _is_clean_sentence(x: LineSignals, config: CleaningConfig) -> bool:
    return not (x.score or x.all_brands or x.weak_brands) and len(x.cta) <= config.clean_sentence_max_cta


def spliced_pitch_edits(
    signals: list[LineSignals],
    verdicts: list[str | None],
    ctx: PageContext,
    topic: frozenset[str],
    config: CleaningConfig,
) -> list[tuple[int, int, str]]:
    """spliced_pitch: a sentence selling a named platform spliced into a clean paragraph of an article
    that otherwise does not talk gambling (…成本下降约三成。想体验更刺激的玩法,就上<lb58彩票>,稳赚不赔。).

    Safe: the sentence must name a brand the article does not (``topic``) and score at least
    ``spliced_pitch_min_score`` (a brand and a gambling word), with no reporting frame; every other
    sentence of its paragraph is clean and one is prose-length; and the rest of the article scores
    at most ``spliced_article_max_score``, so a report on a casino, a lottery or a police case (gambling
    words in its other lines) keeps its sentences.
    """
    edits: list[tuple[int, int, str]] = []
    for i, (s, verdict) in enumerate(zip(signals, verdicts, strict=True)):
        if verdict or i > ctx.end_index or s.reporting or not s.score:
            continue
        if ctx.total_score - s.score > config.spliced_article_max_score:
            continue
        spans = sentence_spans(s.text)
        measured = [measure_line(s.text[a:b], 0, topic) for a, b in spans]
        # A name too weak to count as a brand alone (曜石电竞: 电竞 is many real teams' word) sells as one beside
        # words only offers use (串关, 首注包赔).
        # A brand in the seller's own voice (亚洲信誉第一, 首选) sells without the points a gambling word adds.
        # Its gambling words in quotation marks are cited (页面上写着“真人娱乐”“体育投注”: a reader reporting the
        # spam he saw), not used.
        pitch = [
            bool(x.all_brands or (x.weak_brands and spam_only_terms(x)))
            and (x.score >= config.spliced_pitch_min_score or bool(x.all_brands and x.voice))
            and not x.reporting
            and _sells(x)
            and bool(used_words(x, set(x.all_brands | x.weak_brands | spam_only_terms(x))))
            for x in measured
        ]
        clean = [_is_clean_sentence(x, config) for x in measured]
        prose = any(c and x.chars >= config.topic_sentence_min_chars for c, x in zip(clean, measured, strict=True))
        if len(spans) < 2 or not any(pitch) or not prose or not all(map(operator.or_, pitch, clean)):
            continue
        # A pitch with clean words glued on after it and no sentence break (…註冊送88道人頭也不抬：「…」) ends there.
        ends = [a + pitch_run_end(s.text[a:b], config) if p else b for (a, b), p in zip(spans, pitch, strict=True)]
        edits += [
            (s.start + a, s.start + end, "spliced_pitch")
            for (a, _), end, p in zip(spans, ends, pitch, strict=True)
            if p
        ]
    return edits


register(
    "spliced_pitch",
    "block",
    "spam",
    "a sentence selling a named platform spliced into a clean paragraph of an article not about gambling",
    spliced_pitch_edits,
)


def brand_pitch_edits(
    kept: list[LineSignals],
    brands: PageBrands,
    named: list[tuple[int, int, str]],
    ctx: PageContext,
    config: CleaningConfig,
) -> list[tuple[int, int, str]]:
    """brand_pitch: a sentence about a brand this page already showed as spam, selling it
    (不少网友表示，<X体育>平台的赛事数据更新及时，注册后即可领取新人礼包。 on a page whose title or
    keyword box carried <X体育官网>).

    A brand substituted into a real sentence loses only its name (``brand_substitution``, ``brand_echo``);
    a sentence written *about* the brand goes whole, or its words are left stranded (…表示，的赛事数据…).
    It is about the brand when, with the brand's shapes and the names other rules cut (``named``: prefixes,
    wrappers, substitutions) taken out, it still talks gambling (a lexicon word besides a brand noun: 赔率,
    彩金, not 体育) or sells with two calls to action (注册…即可领取); one is an everyday word (选送, 下载).

    Safe: it fires only on a page where another rule removed the brand on its own evidence (the page is
    the evidence: see ``echoes``), never on a line framed as reporting nor on a page that reports on
    gambling (a police report on the site talks about it in the same words), and only on the sentences
    naming the brand: the paragraph keeps its others.
    """
    if not brands or (ctx.reporting_lines >= config.reporting_frame_min_lines and ctx.gambling_reports):
        return []
    edits: list[tuple[int, int, str]] = []
    for s in kept:
        if s.reporting or s.inert or trailer_items(s.text, config):
            continue  # a keyword box's items go one by one (keyword_trailer_item)
        for a, b in sentence_spans(s.text):
            sentence = s.text[a:b]
            found = find_brand_shapes(sentence, brands)
            if not found:
                continue
            start, end = s.start + a, s.start + b
            stand_ins = [(x - start, y - start) for x, y, r in named if r == "brand_substitution" and start <= x < end]
            if any(x < fy and fx < y for x, y in stand_ins for fx, fy in found):
                continue  # the brand stood in the sentence's own slot (分析师<X>指出): the sentence is the article's
            cuts = [(x, y, "brand_pitch") for x, y in found]
            cuts += [(max(x, start) - start, min(y, end) - start, r) for x, y, r in named if x < end and y > start]
            rest = measure_line(delete_spans(sentence, cuts).text, 0)
            talks = rest.terms - gambling_nouns()  # 体育, 娱乐 alone are the sentence's own words (体育老师)
            if rest.reporting or not (talks or len(rest.cta) >= config.pitch_min_cta):
                continue
            if ATTRIBUTED_RE.search(sentence):
                continue  # 据《每日电讯报》报道，…博彩公司广告: a report's attributed sentence, whatever is glued to it
            head = _clean_head_end(sentence, min(x for x, _ in found), config)
            end = len(sentence.rstrip()) - len(END_MARKS_RE.search(sentence.rstrip()).group()) if head else b - a
            edits.append((s.start + a + head, s.start + a + end, "brand_pitch"))
    return edits


# The marks that close a sentence (and the quotes after them): a clause cut from its end leaves them.
END_MARKS_RE = re.compile(r"[。！？!?.]*[」』”’\"'）)]*$")
# A clause break, not a thousands separator ($2,000).
CLAUSE_BREAK_RE = re.compile(r"[，；;]|(?<!\d),|,(?!\d)")


def _clean_head_end(sentence: str, brand_at: int, config: CleaningConfig) -> int:
    """Where a pitch clause starts when the sentence opens on a clean head of prose of its own (…accepting
    applications through March 31<, a program as rewarding as the free spins at X Casino>.): the last clause
    break before the brand whose head holds no gambling word, brand or call to action and is prose-long;
    else 0 (the sentence goes whole). The sentence's closing mark stays with the head."""
    breaks = [m.start() for m in CLAUSE_BREAK_RE.finditer(sentence, 0, brand_at)]
    # The nearest breaks only: a pitch is a clause or two, and a sentence of a thousand commas costs a
    # measurement per break.
    for at in reversed(breaks[-config.pitch_clause_max_breaks :]):
        head = measure_line(sentence[:at], 0)
        if head.chars >= config.topic_sentence_min_chars and _is_clean_clause(head, config):
            return at
    return 0


register(
    "brand_pitch",
    "block",
    "spam",
    "a sentence selling a brand this page already showed as spam (`…<X体育>平台…注册后即可领取新人礼包。`)",
    brand_pitch_edits,
)
