// The cue-based attribution steps of UnitReader (quote_reader.hpp) for one quoted span that find the cue before the
// quote ("X a déclaré: «Q»", a quote that goes on after the cue that split it) or an "according to" in its sentence.
// The cue after the quote and a signing dash are in quote_attribution.cpp; the spans with no cue of their own in
// quote_uncued.cpp.
#include "quote_indirect_parts.hpp"
#include "quote_reader.hpp"
#include "quote_verbless_cues.hpp"

#include "text.hpp"

#include <algorithm>

namespace archive {
namespace quoting {
namespace {

// "„Q1“, sagte er, „Q2.“", "«Q1», a-t-il dit, «Q2»", "“Q1,” she said, “Q2.”": a quote after an attribution that
// stands between two quotes of one sentence, set off by a comma and holding one cue, the one that attributed the
// quote before it, is the rest of the same words (joins_split joined it where it goes on in lower case): the index
// of that quote in r.ex.quotes, or nothing.
std::optional<std::size_t> split_by_cue(const UnitReader& r, const UnitReader::QuoteAt& at) {
    const QuoteSpan& q = at.q;
    if (r.placed.empty() || r.ex.quotes.size() != r.first_quote + r.placed.size())
        return std::nullopt;
    auto prev = std::lower_bound(r.spans.begin(), r.spans.end(), q.open,
                                 [](const QuoteSpan& o, std::size_t v) { return o.open < v; });
    if (prev == r.spans.begin())
        return std::nullopt;
    --prev;
    const Quote& q1 = r.ex.quotes.back();
    // (the last quote added is the one of the span before, attributed by a cue)
    if (!prev->closed || r.placed.back().open != prev->open || !q1.cue || q1.kind != QuoteKind::direct ||
        r.sentence_of(prev->open).first != at.sentence.first)
        return std::nullopt;
    const std::size_t from = prev->close + prev->close_len;
    const std::string_view between = text::trim(r.s.substr(from, q.open - from));
    if (between.size() < 2 || between.back() != ',' || between.find_first_of(":;") != std::string_view::npos)
        return std::nullopt;
    // The first quote breaks off at a comma, inside its marks or after them ("Q1. To which she said, “Q2”" is two
    // sentences), and the words between name its speaker as its mention did.
    const std::string_view inner = text::trim(r.s.substr(prev->open + prev->open_len, prev->close - prev->open - prev->open_len));
    if ((inner.empty() || inner.back() != ',') && between.front() != ',')
        return std::nullopt;
    if (q1.mention && between.find(*q1.mention) == std::string_view::npos)
        return std::nullopt;
    auto cue_at = [&r](std::size_t byte) {
        return std::lower_bound(r.cues.begin(), r.cues.end(), byte, [](const Cue& c, std::size_t v) { return c.begin < v; });
    };
    const auto c = cue_at(from);
    if (cue_at(q.open) - c != 1 || c->text != *q1.cue)
        return std::nullopt;
    return r.ex.quotes.size() - 1;
}

// "dal ministero", "da Palazzo Chigi", "Dal ministero" (words first..last): a source opened by a word of
// [source_preposition_words] names a body, the speaker: its words after the preposition and an article, resolved, or
// as they stand when they are capitalised or open with a body's noun ([body_words], [place_body_words]); else nothing
// ("Dal 2019 fanno sapere" names a time). A source `opening` its clause may be opened by a word of
// [source_opening_words] too ("En la alcaldía explicaron que").
std::optional<std::string> source_speaker(UnitReader& r, std::size_t first, std::size_t last, bool opening = false) {
    const std::vector<Word>& ws = r.ws;
    if (first >= last || ws[first].punct ||
        !(in_list(r.ex.sp.lexs, "source_preposition_words", ws[first].low) ||
          (opening && in_list(r.ex.sp.lexs, "source_opening_words", ws[first].low))))
        return std::nullopt;
    std::size_t f = first + 1;
    if (f < last && has_tag(r.ex.sp.lexs, WordTags::article, ws[f].low))
        ++f;
    // ("On dit à Paul Roux que": a word opening the person told, [addressee_preposition_words], needs a body's noun)
    if (ws[f].punct ||
        !((ws[f].upper && !in_list(r.ex.sp.lexs, "addressee_preposition_words", ws[first].low)) ||
          in_list(r.ex.sp.lexs, "body_words", ws[f].low) || in_list(r.ex.sp.lexs, "place_body_words", ws[f].low)))
        return std::nullopt;
    if (auto who = r.ex.resolve(r.s, ws, f, last, r.base + ws[f].b))
        return who;
    return span_text(r.s, ws, f, last);
}

// "à la mairie", "desde el ministerio": the first word of the mention `am` read after a verb ending at word `cend`,
// or the word of [source_preposition_words] before it (mention_after opens the phrase at its article).
std::size_t source_opener(const UnitReader& r, std::pair<std::size_t, std::size_t> am, std::size_t cend) {
    const std::vector<Word>& ws = r.ws;
    return am.first > cend && !ws[am.first - 1].punct &&
                   in_list(r.ex.sp.lexs, "source_preposition_words", ws[am.first - 1].low)
               ? am.first - 1
               : am.first;
}

// "Fanno sapere dal ministero che «Q»", "On indique au ministère que «Q»": the mention `am` after the verb (ending at
// word `cend`), then "that", is a source opened by a preposition (source_speaker): the body speaking, else nothing.
std::optional<std::string> source_after(UnitReader& r, std::pair<std::size_t, std::size_t> am, std::size_t cend) {
    if (am.second + 1 >= r.ws.size() || !in_list(r.ex.sp.lexs, "that", r.ws[am.second + 1].low))
        return std::nullopt;
    return source_speaker(r, source_opener(r, am, cend), am.second);
}

// The cue from word ci to word cend (its end) is an incise set off by commas right before the quote opening at byte
// `open`: "ha costruito, dice, «Q»", "ha construido, cuenta, «Q»", with only clitics between the first comma and the
// verb ("ha costruito, mi racconta, «Q»"), in a language that drops the subject, no gerund ("dicendo").
bool incise_cue(const std::vector<Word>& ws, std::size_t ci, std::size_t cend, std::size_t open,
                const std::vector<const Lexicon*>& lexs) {
    // (only where the verb drops its subject, [subject_drop]: English ", saying, “Q”" is a participle of the clause
    // before, whose subject it shares)
    if (!in_list(lexs, "subject_drop", "yes") || ci >= ws.size() || gerund_word(ws[ci].low, lexs))
        return false;
    std::size_t j = ci;
    while (j > 0 && !ws[j - 1].punct && in_list(lexs, "clitics", ws[j - 1].low))
        --j;
    return j >= 2 && ws[j - 1].low == "," && !ws[j - 2].punct && cend + 1 < ws.size() && ws[cend].low == "," &&
           ws[cend + 1].b >= open;
}

// "Die Gewerkschaft Fahrwerk begrüßte die Reform, bezeichnete sie aber als „Q“", "El sindicato Rueda celebró la
// reforma, pero la calificó de «Q»": the comma joining a verb of naming ([naming_words], the cue from word `ci` to
// `cend`) to the clause opening the sentence at word `w0`, with no mark in it, a word of [sentence_openers] and
// clitics perhaps between (the word of [sentence_openers] alone, no comma: its place is returned); the clause's
// subject names the quote's object too.
std::optional<std::size_t> naming_joined_comma(const std::vector<Word>& ws, std::size_t w0, std::size_t ci,
                                               std::size_t cend, std::size_t open,
                                               const std::vector<const Lexicon*>& lexs) {
    if (cend <= ci || cend > ws.size() || open > ws.size() || !in_list(lexs, "naming_words", ws[cend - 1].low))
        return std::nullopt;
    // (not "Der Plan sei teuer, bezeichnete ihn die Opposition als „Q“": a capitalised word after the verb, but
    // after an article only an object takes, [object_article_words], may be its own subject)
    for (std::size_t k = cend; k < open; ++k)
        if (ws[k].upper && !ws[k].punct && !(k > cend && in_list(lexs, "object_article_words", ws[k - 1].low)))
            return std::nullopt;
    std::size_t j = ci;
    while (j > w0 && !ws[j - 1].punct && in_list(lexs, "clitics", ws[j - 1].low))
        --j;
    bool opener = false;
    if (j > w0 && !ws[j - 1].punct && in_list(lexs, "sentence_openers", ws[j - 1].low)) {
        --j;
        opener = true;
    }
    // ("Le syndicat Roulage a salué la réforme mais l'a qualifiée de « Q »", "The union welcomed the reform but called
    // it “Q”": the conjunction alone may join the verb to the clause, no comma before it; it then stands for the comma;
    // "and", [coordinating_words], is the coordinated cue's, read apart)
    if (opener && j >= w0 + 4 && !ws[j - 1].punct && !in_list(lexs, "coordinating_words", ws[j].low)) {
        for (std::size_t k = w0; k < j; ++k)
            if (ws[k].punct)
                return std::nullopt;
        return j;
    }
    if (j < w0 + 4 || ws[j - 1].low != ",")
        return std::nullopt;
    for (std::size_t k = w0; k + 1 < j; ++k)
        if (ws[k].punct)
            return std::nullopt;
    return j - 1;
}

// The mention after word `k`, read where mention_after's note on a cue's complement (Extractor::complement_after) is
// not wanted: the note is left as it was.
std::optional<std::pair<std::size_t, std::size_t>> mention_after_kept(Extractor& ex, const std::vector<Word>& ws,
                                                                      std::size_t k) {
    const bool complement = ex.complement_after;
    auto m = ex.mention_after(ws, k);
    ex.complement_after = complement;
    return m;
}

} // namespace

// "El líder, Pedro Nuno Santos, reconoció la derrota y afirmó que «Q»", "Jo Lee, the mayor, admitted defeat and said
// that “Q”": the subject before a cue of the sentence that stands before the conjunction at word `conj`, with no mark
// but commas between that cue and the conjunction; or nothing.
std::optional<std::pair<std::size_t, std::size_t>> earlier_cue_subject(UnitReader& r, std::size_t sent_b,
                                                                       std::size_t conj) {
    const std::size_t limit = r.ws[conj].b;
    auto past = std::lower_bound(r.cues.begin(), r.cues.end(), limit,
                                 [](const Cue& c, std::size_t v) { return c.begin < v; });
    if (past == r.cues.begin())
        return std::nullopt;
    const Cue& c = *std::prev(past);
    // (not a cue whose clause follows it without "that": in "Jo Lee said the mayor resigned and told ..." the mayor
    // tells; nor across "that" or a mark)
    if (c.begin < sent_b || !c.pronoun.empty() || in_list(r.ex.sp.lexs, "bare_clause_cue_words", text::lower(c.text)))
        return std::nullopt;
    const std::size_t ci = r.word_index(c.begin);
    for (std::size_t j = r.word_index(c.end); j < conj; ++j)
        if (r.ws[j].punct || in_list(r.ex.sp.lexs, "that", r.ws[j].low))
            return std::nullopt;
    auto m = r.ex.mention_before(r.ws, ci);
    if (!m || r.ws[m->first].b < sent_b)
        return std::nullopt;
    return m;
}

// Attribution before the quote in the same sentence: X a déclaré: «Q» / son homologue lui a assuré que «Q».
bool UnitReader::attribute_before(const QuoteAt& at, Quote& out) {
    const QuoteSpan& q = at.q;
    const std::string& qt = at.text;
    const std::size_t sb = at.sb, sent_b = at.sent_b;
    if (auto k = split_by_cue(*this, at)) {
        const Quote q1 = ex.quotes[*k];
        out.cue = q1.cue;
        out.mention = q1.mention;
        // (a sentence of its own when nothing of the writer's follows it in the sentence)
        const std::size_t after = q.close + q.close_len;
        if (text::trim(s.substr(after, std::max(after, at.sentence.second) - after)).find_first_not_of(".,;!?") ==
            std::string_view::npos)
            out.kind = QuoteKind::direct;
        ex.add(out, q1.speaker);
        return true;
    }
    bool found = false;
    std::optional<std::string> naming; // a verb of naming whose object stands before the quote
    auto past = std::lower_bound(cues.begin(), cues.end(), q.open,
                                 [](const Cue& c, std::size_t v) { return c.begin < v; });
    for (auto it = std::make_reverse_iterator(past); it != cues.rend() && it->begin >= sb; ++it) {
        const auto& c = *it;
        if (c.end > q.open)
            continue;
        // A cue inside an earlier quote is the quoted person's word, not an attribution.
        auto r = std::upper_bound(quoted.begin(), quoted.end(), c.begin,
                                  [](std::size_t v, const std::pair<std::size_t, std::size_t>& x) { return v < x.first; });
        bool inside_other = r != quoted.begin() && c.begin < std::prev(r)->second;
        if (inside_other)
            continue;
        // "Anna Muster erklärte: „Wir prüfen alles.“ Der Sprecher ...: „Q“": an earlier quote that the cue
        // introduced with a colon and that closes on its own full stop ended the cue's sentence (but
        // "betonte, sie seien „Q1.“ Sie seien „Q2.“" reports on in the writer's words).
        auto from_span = std::lower_bound(spans.begin(), spans.end(), c.end,
                                          [](const QuoteSpan& o, std::size_t v) { return o.open < v; });
        auto to_span = std::lower_bound(from_span, spans.end(), q.open,
                                        [](const QuoteSpan& o, std::size_t v) { return o.open < v; });
        bool closed_between = std::any_of(from_span, to_span, [&](const QuoteSpan& o) {
            if (o.open < c.end || o.close >= q.open || !o.closed)
                return false;
            std::string_view lead = text::trim(s.substr(c.end, o.open - c.end));
            if (lead.empty() || lead.back() != ':')
                return false;
            std::string_view in = text::trim(s.substr(o.open + o.open_len, o.close - o.open - o.open_len));
            return !in.empty() && (in.back() == '.' || in.back() == '!' || in.back() == '?');
        });
        if (closed_between)
            break;
        // German "so" before a quote is the adverb of "die so genannte „Reichensteuer“" unless it
        // introduces the words: "erläutert es so: „Q“" (any cue of [verbless_cues]).
        if (verbless_cue(ex.sp.lexs, c.text)) {
            std::size_t after_so = word_index(c.end);
            if (after_so >= ws.size() || ws[after_so].low != ":")
                continue;
        }
        std::size_t ci = word_index(c.begin);
        out.cue = c.text;
        // "Da allora ha costruito, dice, «più di trecento barche»", "Desde entonces ha construido, dice, «Q»": a verb
        // with no subject set off by commas right before the quote is an incise: the quote is the words of the
        // sentence's subject, the name opening it, else the name opening the nearest sentence before it in the
        // paragraph (its dropped subject), else no one's.
        if (c.pronoun.empty() && incise_cue(ws, ci, word_index(c.end), q.open, ex.sp.lexs)) {
            std::optional<std::string> who;
            out.mention.reset();
            if (auto o = opening_name(sent_b, c.begin)) {
                std::vector<Word> sub(ws.begin() + static_cast<std::ptrdiff_t>(o->first),
                                      ws.begin() + static_cast<std::ptrdiff_t>(o->second + 1));
                const NameSpan n = names_in(sub, ex.sp).front();
                out.mention = span_text(s, ws, o->first + n.first, o->first + n.last);
                who = ex.resolve(s, ws, o->first + n.first, o->first + n.last, base + ws[o->first + n.first].b);
            }
            // ("Barbara Neri ha abbracciato Luca Conti, dopo le scuse per la morte del fratello, Carlo Neri. Ma se
            // fosse più giovane, gli ha detto, «Q»": the dropped subject is the one opening a sentence before in the
            // paragraph, not the last person it named)
            for (std::size_t k = sents.size(); !who && !out.mention && k > 0; --k) {
                const auto& [b, e] = sents[k - 1];
                if (e > sent_b)
                    continue;
                if (auto o = opening_name(b, e)) {
                    std::vector<Word> sub(ws.begin() + static_cast<std::ptrdiff_t>(o->first),
                                          ws.begin() + static_cast<std::ptrdiff_t>(o->second + 1));
                    const NameSpan n = names_in(sub, ex.sp).front();
                    who = ex.resolve(s, ws, o->first + n.first, o->first + n.last, base + ws[o->first + n.first].b);
                }
            }
            ex.add(out, who);
            found = true;
            break;
        }
        // "Da allora ha costruito, dice Paolo Greco, «più di trecento barche»", "Desde entonces ha construido, dice
        // Ana Ruiz, «Q»", "spiega il figlio Luca Greco, «Q»": a verb after a comma, its subject after it closing on a
        // capitalised word and a comma right before the quote, is an incise naming the speaker.
        if (c.pronoun.empty() && ci >= 2 && ws[ci - 1].low == "," && !ws[ci - 2].punct &&
            in_list(ex.sp.lexs, "subject_drop", "yes")) {
            const std::size_t cend = word_index(c.end);
            const auto m = cend < ws.size() && !ws[cend].punct ? mention_after_kept(ex, ws, cend) : std::nullopt;
            if (m && m->first == cend && m->second + 2 < ws.size() && ws[m->second + 1].low == "," &&
                ws[m->second + 2].b >= q.open && ws[m->second].upper)
                if (auto who = ex.resolve(s, ws, m->first, m->second, base + ws[m->first].b)) {
                    out.mention = span_text(s, ws, m->first, m->second);
                    ex.add(out, who);
                    found = true;
                    break;
                }
        }
        // "Im Bericht heißt es: „Q“", "Darin heißt es, sie sei „Q“": a document says it, no one ([impersonal_cues]);
        // but "Es heißt „Q“" names something, the quote right after the cue's words.
        auto imp = impersonal_cue(ws, ci, word_index(c.end), ex.sp);
        if (imp && (imp->end > word_index(q.open) || std::none_of(ws.begin() + static_cast<std::ptrdiff_t>(imp->end),
                                ws.begin() + static_cast<std::ptrdiff_t>(word_index(q.open)),
                                [](const Word& w) { return w.punct; })))
            imp.reset();
        if (imp) {
            cite_document(ex, out, s, ws, *imp);
        } else if (!c.pronoun.empty()) {
            out.mention = c.pronoun;
            std::vector<Word> pw = {Word{0, c.pronoun.size(), c.pronoun, false, false}};
            ex.add(out, ex.resolve(c.pronoun, pw, 0, 0, base + c.begin));
        } else {
            // The subject may follow the verb: "Der Zeitung sagte Filep Karma: „Q“", "Ähnlich äußerte
            // sich der Präsident Max Roth: „Q“", "Then said Jane Doe: "Q"".
            std::size_t cend = word_index(c.end);
            // "Ha poi ribadito che «Q»", "E poco dopo, a margine del vertice, ha ribadito che «Q»", "Luego añadió:
            // «Q»": a verb of a language that drops its subject, with none before it nor after it, has the last
            // speaker's (quote_carried_subject.cpp).
            // (not "A idealizadora, a Jéssica Prado, disse:": an article spelled as a preposition opening the
            // sentence before a role noun opens its subject, no phrase of a preposition, where a subject is read
            // before the verb)
            const std::size_t opening = word_index(at.sent_b);
            const bool role_opening = opening + 1 < ci && !ws[opening].punct && !ws[opening + 1].punct &&
                                      has_tag(ex.sp.lexs, WordTags::article, ws[opening].low) &&
                                      role_noun(ws[opening + 1].low, ex.sp) && ex.mention_before(ws, ci);
            const auto naming_comma = naming_joined_comma(ws, opening, ci, cend, word_index(q.open), ex.sp.lexs);
            if (!role_opening && !naming_comma && carries_subject(ws, opening, ci, cend, q.open, ex.sp.lexs)) {
                out.mention.reset();
                // ("Pero recuerda: «Q»" in a reader's comment speaking to someone as "tu": an imperative, no one's)
                // (before the page's first quote, the person last named as a subject: first_carried_subject)
                ex.add(out, addresses_reader(ws, spans, ex.sp.lexs) ? std::nullopt
                            : ex.quotes.empty()                     ? first_carried_subject(ex, base + c.begin)
                                                                    : ex.last_speaker);
                found = true;
                break;
            }
            // "„Q1“, und fügt hinzu: „Q2“": a cue opened by a conjunction right after a quote or a comma
            // has the last speaker as its subject.
            if (u.where == Where::body && ci >= 2 && in_list(ex.sp.lexs, "sentence_openers", ws[ci - 1].low) &&
                ws[ci - 2].punct && ws[ci - 2].low != "." && ex.last_speaker) {
                // But "House Whip Ann Roe, R-Ohio, despite admitting that she had worries about “Q”": a
                // sentence whose first part ends with a name set off by a comma has that person as the subject.
                std::optional<std::string> who;
                // "La gobernadora de Sonora, Patricia Elizondo, celebró la medida, aunque advirtió que «Q»": the
                // clause the comma closes has its own subject, which the joined verb shares.
                if (ws[ci - 2].low == ",")
                    if (const auto shared = ex.subject_before_comma(ws, ci - 2);
                        shared && ws[shared->first].b >= at.sent_b &&
                        (who = ex.resolve(s, ws, shared->first, shared->second, base + ws[shared->first].b)))
                        out.mention = span_text(s, ws, shared->first, shared->second);
                std::size_t w0 = word_index(at.sent_b), w1 = w0;
                while (w1 < ci && !ws[w1].punct)
                    ++w1;
                if (!who && w1 > w0 && w1 + 1 < ci && ws[w1].low == ",") {
                    std::vector<Word> part(ws.begin() + static_cast<std::ptrdiff_t>(w0),
                                           ws.begin() + static_cast<std::ptrdiff_t>(w1));
                    auto names = names_in(part, ex.sp);
                    if (!names.empty() && w0 + names.back().last + 1 == w1) {
                        const std::size_t nf = w0 + names.back().first, nl = w1 - 1;
                        if ((who = ex.resolve(s, ws, nf, nl, base + ws[nf].b)))
                            out.mention = span_text(s, ws, nf, nl);
                    }
                }
                ex.add(out, who ? who : ex.last_speaker);
                found = true;
                break;
            }
            // (indices rather than an optional pair: GCC's -Wmaybe-uninitialized misreads the latter)
            bool has_after = false;
            bool complement = false; // (mention_after read a preposition's complement: Extractor::complement_after)
            std::pair<std::size_t, std::size_t> am{0, 0};
            bool common_subject = false; // (the subject after the verb: an article and a noun, noun_before_quote)
            // ("Según dijo a El Diario una fuente, «Q»": an according phrase's verb, the paper told, the subject)
            const std::size_t subject_at =
                ws[ci].punct || !(word_tags(ex.sp.lexs).of(ws[ci]) & WordTags::according) ? cend
                                                                                          : past_addressee(ws, cend, ex.sp);
            if (cend < ws.size() && ws[cend].b < q.open) {
                if (auto m = ex.mention_after(ws, subject_at); m && ws[m->second].e <= q.open) {
                    has_after = true;
                    complement = ex.complement_after;
                    am = *m;
                }
            }
            // Only a mention that ends the clause with a colon is surely the subject: in "called Miss
            // Universe "disgusting"" the object follows the verb.
            // "entgegnete Suttner empört: „Q“": an adverb or two may stand before the colon.
            std::size_t after_mention = am.second + 1;
            while (has_after && after_mention < ws.size() && after_mention <= am.second + 2 &&
                   !ws[after_mention].punct && !ws[after_mention].upper)
                ++after_mention;
            // "Comme l'a expliqué Paul Roux, « Q »", "Como dijo Vidal, fue “Q”": a cue opened by a comparative
            // word, its auxiliary and clitics aside, has its subject after it, as surely as before a colon.
            bool colon = has_after && ((after_mention < ws.size() && ws[after_mention].low == ":") ||
                                       ex.comparative_cue(ws, ci));
            // "Dame Ann Roe told Sky News: “Q”", "Tom Hale has told BBC Radio Kent: “Q”": after a verb whose object is
            // the one spoken to ([addressee_cue_words]), with a word of its subject right before it (or the comma
            // closing its apposition's name: "The mayor, Ann Webb, told"), the name before the colon is the one told;
            // the subject before the verb speaks.
            if (colon && ci > 0 &&
                (!ws[ci - 1].punct || (ci >= 2 && ws[ci - 1].low == "," && ws[ci - 2].upper && !ws[ci - 2].punct)) &&
                cend > ci && !ws[cend - 1].punct &&
                in_list(ex.sp.lexs, "addressee_cue_words", ws[cend - 1].low))
                colon = false;
            auto before_m = ex.mention_before(ws, ci);
            // "Trotzdem sagte er, ...", "Ainsi a déclaré le maire", "Por otra parte dijo el concejal", "Poi ha detto
            // il ministro": a sentence or time adverb (opening_adverb_at) alone before the verb is no subject; the
            // subject follows the verb, as surely as before a colon.
            if (!before_m && has_after && ci >= 1 && !ws[ci - 1].punct) {
                std::size_t open = ci - 1;
                while (open > 0 && !ws[open - 1].punct && ci - open < 4)
                    --open;
                if ((open == 0 || ws[open - 1].punct) && opening_adverb_at(ws, open, ex.sp.lexs) == ci - open)
                    colon = true;
            }
            // "Am Abend zogen Studenten ... und skandierten „Q“": a verb coordinated with "und"/"and" has the
            // subject of the clause before it; the mention before the verb is asked first in English, unless it is
            // none or a phrase opened by a preposition, and never in German, where the clause may open with
            // anything ("Bereits am Abend zogen Studenten").
            // "El líder socialista, Pedro Nuno Santos, reconoció la derrota y afirmó que su partido será «Q»": a verb
            // joined to an earlier cue of the sentence shares that cue's subject, whatever stands before the
            // conjunction.
            const bool coordinated = ci >= 2 && !ws[ci - 1].punct &&
                                     in_list(ex.sp.lexs, "coordinating_words", ws[ci - 1].low);
            bool joined = false; // (the cue is then the one joined, the quote's own verb, not the outer one)
            if (naming_comma && !colon) {
                // (German: the words before the clause's verb, coordinated_subject; elsewhere the mention opening
                // the sentence, up to its last capitalised word before a lower-case one, the verb: "El sindicalista
                // Pablo Gil celebró")
                if (ex.capitalised_nouns_here()) {
                    if (const auto cs = coordinated_subject(*this, sent_b, *naming_comma)) {
                        before_m = *cs;
                        joined = true;
                    }
                } else {
                    // (with no comma, the mention read may run on over the clause to the conjunction: read up to it)
                    const auto m = mention_after_kept(ex, ws, word_index(sent_b));
                    const bool comma = ws[*naming_comma].punct;
                    if (m && (comma ? m->second < *naming_comma : m->first + 1 < *naming_comma)) {
                        const std::size_t last = std::min(m->second, *naming_comma - 1);
                        std::size_t e = m->first + 1;
                        while (e < last && !(ws[e].upper && !ws[e + 1].upper))
                            ++e;
                        // (no comma: the subject's words are an article perhaps, lower-case words, then capitalised
                        // ones, "Le syndicat Roulage"; not "Okafor skipped the Budget Committee hearing but called")
                        const std::size_t end = std::min(e, last);
                        bool plain = comma;
                        if (!plain) {
                            bool upper =
                                ws[m->first].upper && !has_tag(ex.sp.lexs, WordTags::article, ws[m->first].low);
                            plain = true;
                            for (std::size_t k = m->first + 1; k <= end && plain; ++k) {
                                plain = ws[k].punct || ws[k].upper || !upper;
                                upper = upper || ws[k].upper;
                            }
                        }
                        if (plain) {
                            before_m = std::make_pair(m->first, end);
                            joined = true;
                        }
                    }
                }
            }
            if (coordinated)
                if (auto e = earlier_cue_subject(*this, sent_b, ci - 1)) {
                    before_m = e;
                    joined = true;
                }
            if (coordinated &&
                (!before_m || ex.capitalised_nouns_here() ||
                 has_tag(ex.sp.lexs, WordTags::preposition, ws[before_m->first].low)))
            {
                if (auto m = coordinated_subject(*this, sent_b, ci - 1)) {
                    before_m = m;
                } else if (auto o = opening_name(sent_b, ws[ci].b)) {
                    // "Jo Lee, the mayor, visited the site and said it was “Q”": commas in the clause; the name
                    // opening the sentence is the subject.
                    std::vector<Word> sub(ws.begin() + static_cast<std::ptrdiff_t>(o->first),
                                          ws.begin() + static_cast<std::ptrdiff_t>(o->second + 1));
                    const NameSpan n = names_in(sub, ex.sp).front();
                    before_m = std::make_pair(o->first + n.first, o->first + n.last);
                }
            }
            // "Ann Roe rated 32% of Green claims as “false”": a cue whose words before it are a word of
            // belonging ([genitive_words]) and capitalised words is a noun ("of Green claims"), not a verb
            // (but "of what he called"): an earlier cue of the sentence attributes the quote.
            if (before_m && before_m->second > before_m->first &&
                in_list(ex.sp.lexs, "genitive_words", ws[before_m->first].low)) {
                bool noun = true;
                for (std::size_t j = before_m->first + 1; j <= before_m->second && noun; ++j)
                    noun = !ws[j].punct && ws[j].upper;
                if (noun) {
                    out.cue.reset();
                    continue;
                }
            }
            // "Ann Roe, a teacher, went on air and began by saying she would “never” ...", "Paul Roux a terminé
            // en déclarant qu'il ne céderait « jamais »": a cue right after such a preposition is a gerund whose
            // subject is the clause's, not the words before it: the name opening the sentence (but not across a
            // relative clause: "Roe's party, which tried to rally support by saying ..."), also when the words
            // before the preposition give no mention at all ("Tom Vale, the mayor, closed the meeting after saying").
            // So is a present participle opening a clause after a comma ("Le procureur, Julien Hoffmann, a requis
            // un an, dénonçant « Q »", "Mayor Ann Roe closed the hall, calling it “Q”").
            if (ci > 0 && ((!ws[ci - 1].punct && in_list(ex.sp.lexs, "gerund_preposition_words", ws[ci - 1].low)) ||
                           (ws[ci - 1].low == "," && cend == ci + 1 && !ws[ci].upper &&
                            gerund_word(ws[ci].low, ex.sp.lexs))))
                if (auto o = opening_name(sent_b, ws[ci].b)) {
                    std::vector<Word> sub(ws.begin() + static_cast<std::ptrdiff_t>(o->first),
                                          ws.begin() + static_cast<std::ptrdiff_t>(o->second + 1));
                    auto n = names_in(sub, ex.sp).front();
                    // (after a comma, only a relative word opening a clause of its own, a comma before it: "Roe's
                    // party, which tried ..., saying", not "un an de prison dont six mois ferme, dénonçant")
                    const bool comma = ws[ci - 1].low == ",";
                    bool relative = false;
                    for (std::size_t j = o->first + n.last + 1; j < ci && !relative; ++j)
                        relative = !ws[j].punct && (!comma || ws[j - 1].low == ",") &&
                                   in_list(ex.sp.lexs, "relative_words", ws[j].low);
                    // (after a comma, a mention that already ends with the name keeps its title: "Prof Ann Roe,
                    // the dean, ..., saying"; one running on into the verb is replaced)
                    const bool kept = comma && before_m && before_m->second == o->first + n.last;
                    if (!relative && !kept)
                        before_m = std::make_pair(o->first + n.first, o->first + n.last);
                }
            // "The plan has been described as “a disgrace” by Mayor Tom Vale", "Le projet a été qualifié de
            // « honteux » par le maire, Paul Roux": the subject of a passive cue is what is spoken of; the agent
            // after [agent_words] in the rest of the sentence (outside the quote) speaks.
            if (passive_cue(*this, ci))
                for (std::size_t j = cend, end = word_index(at.se); j + 1 < end; ++j) {
                    if (ws[j].b >= q.open && ws[j].b < q.close + q.close_len)
                        continue;
                    if (ws[j].punct || !in_list(ex.sp.lexs, "agent_words", ws[j].low))
                        continue;
                    if (auto m = ex.mention_after(ws, j + 1))
                        if (ex.resolve(s, ws, m->first, m->second, base + ws[m->first].b))
                            before_m = m;
                    break;
                }
            // "Gegenüber der Zeitung sagte Meier: „Q“", "En la rueda de prensa declaró Lucía Gómez: «Q»": a
            // phrase opened by a preposition before the verb is no subject; the one before the colon is.
            // German puts the subject after the verb when the clause opens with such a phrase, whatever stands
            // before the colon: "In seinen Ausführungen betonte Rektor Max Roth ausdrücklich den Wert: „Q“", "Auf
            // die Frage antwortete sie knapp: „Q“". The words after the verb are its subject when they name someone
            // (a name, a pronoun, an article and a role noun), not an object ("bezeichnete den Plan als „Q“"); so
            // are an article and any noun right before the quote, which is the verb's object ("Am Ende rief die Menge
            // „Zugabe“": the mention is the crowd, no one the page names, as the corpora's convention has it).
            const auto noun_before_quote = [this](std::pair<std::size_t, std::size_t> m, std::size_t open) {
                return m.first + 1 == m.second && m.second + 1 == word_index(open) && ws[m.second].upper &&
                       !ws[m.second].punct && !ws[m.second].acronym;
            };
            if (before_m && !colon && has_after && ex.capitalised_nouns_here() &&
                has_tag(ex.sp.lexs, WordTags::preposition, ws[before_m->first].low)) {
                const std::vector<Word> sub(ws.begin() + static_cast<std::ptrdiff_t>(am.first),
                                            ws.begin() + static_cast<std::ptrdiff_t>(am.second + 1));
                char g = 'x';
                // ("bezeichnete die Stadträtin Eva Lind den Bau als „Q“": the subject ends with its name)
                const auto names = names_in(sub, ex.sp);
                if (!names.empty())
                    am.second = am.first + names.front().last;
                const bool subject_article = am.first < am.second &&
                                             has_tag(ex.sp.lexs, WordTags::article, ws[am.first].low) &&
                                             !in_list(ex.sp.lexs, "object_article_words", ws[am.first].low);
                const bool role = subject_article && role_noun(ws[am.first + 1].low, ex.sp);
                common_subject = names.empty() && subject_article && !role && noun_before_quote(am, q.open);
                colon = !names.empty() ||
                        (am.first == am.second && ex.sp.pronoun(ws[am.first].low, g) &&
                         !has_tag(ex.sp.lexs, WordTags::possessive, ws[am.first].low)) ||
                        role || common_subject;
            }
            // "On fait savoir à la mairie que «Q»", "Au ministère, on indique que «Q»": a subject of
            // [generic_subject_words] names no one; the source opening the sentence before it, or after the verb
            // before "that", is the speaker.
            const std::size_t g = before_m ? before_m->first : ci - 1;
            if ((before_m ? before_m->first == before_m->second : ci > 0) && !ws[g].punct &&
                in_list(ex.sp.lexs, "generic_subject_words", ws[g].low)) {
                const std::size_t f = word_index(sent_b);
                std::optional<std::pair<std::size_t, std::size_t>> src;
                std::optional<std::string> who;
                if (g >= f + 3 && ws[g - 1].low == "," && (who = source_speaker(*this, f, g - 2, true)))
                    src = std::make_pair(f, g - 2);
                else if (has_after && !colon && (who = source_after(*this, am, cend)))
                    src = std::make_pair(source_opener(*this, am, cend), am.second);
                if (src) {
                    out.mention = span_text(s, ws, src->first, src->second);
                    ex.add(out, who);
                    found = true;
                    break;
                }
            }
            // "NFZ tak odpowiadał na pytania TVN: „Q”", "A CP respondeu a perguntas de Lusa: «Q»": words after the verb
            // that a preposition opens (mention_after read them as they stand: no article after the preposition opened
            // a subject's phrase) are its complement, what it answered or where it was said, even before a colon: the
            // words before the verb speak, if any. (A source's phrase, "On indique au ministère", was read above.)
            // So are the words of a complement a preposition opened before them, where mention_after found no subject
            // past it: "said in a statement:", "a déclaré dans un communiqué :", "sagte am Rande der Sitzung:".
            if (colon && has_after && !ws[am.first].punct &&
                (complement || has_tag(ex.sp.lexs, WordTags::preposition, ws[am.first].low))) {
                has_after = false;
                colon = false;
            }
            // ("Damals schrieb ich: „Q“", "Später sagte sie: „Q“", "Later schreef ze: „Q“": where the finite verb comes
            // second, [quote_conventions] "verb second", a subject pronoun of [inverted_subject_words] alone between
            // it and the colon is its subject; the word before the verb, a time or an adverb, is none. One reset for
            // both: GCC's -Wmaybe-uninitialized misreads the optional pair after a second one.)
            const bool inverted_pronoun = colon && am.first == am.second && !ws[am.first].punct &&
                                          in_list(ex.sp.lexs, "inverted_subject_words", ws[am.first].low) &&
                                          in_list(ex.sp.lexs, "quote_conventions", "verb second");
            if (before_m && colon &&
                (inverted_pronoun || has_tag(ex.sp.lexs, WordTags::preposition, ws[before_m->first].low)))
                before_m.reset();
            std::optional<std::string> spk;
            if (colon && ex.opens_with_name(ws, am.first, am.second)) {
                before_m.reset();
            } else if (before_m) {
                // "Dal ministero fanno sapere che", "Da Palazzo Chigi fanno sapere": the source opening the clause
                // ([source_preposition_words]) is the speaker, its words after the preposition and an article.
                const std::size_t f = before_m->first;
                if (f == 0 || ws[f - 1].punct)
                    spk = source_speaker(*this, f, before_m->second, true);
                if (!spk)
                    spk = ex.resolve(s, ws, f, before_m->second, base + ws[f].b);
                if (!spk && colon) {
                    auto spk2 = ex.resolve(s, ws, am.first, am.second, base + ws[am.first].b);
                    if (spk2) {
                        spk = spk2;
                        before_m.reset();
                    }
                }
            }
            // "a letter from his doctor that says he is in “excellent shape”": a subject pronoun
            // ([subject_pronoun_words]) after the verb opens the clause it reports (English drops its "that"), no
            // object of the verb: the quote is someone's words, whoever the relative word before the verb stands for.
            if (!before_m && has_after && !colon && !naming &&
                in_list(ex.sp.lexs, "subject_pronoun_words", ws[am.first].low)) {
                out.mention.reset();
                ex.add(out, std::nullopt);
                found = true;
                break;
            }
            // "Fanno sapere da Palazzo Chigi che «Q»", "Fanno sapere dal ministero che «Q»": a phrase opened by a word
            // of [source_preposition_words] after a verb with no subject before it, then "that", names the source, a
            // body: its words after the preposition (and an article) are the speaker.
            if (!before_m && has_after && !colon)
                if (auto who = source_after(*this, am, cend)) {
                    out.mention = span_text(s, ws, source_opener(*this, am, cend), am.second);
                    ex.add(out, who);
                    found = true;
                    break;
                }
            if (!before_m && has_after && !colon && !ex.capitalised_nouns_here()) {
                // ", calling Miss Universe "disgusting"": the words after the verb are its object; the
                // subject is in another clause.
                if (!naming && am.second + 1 == word_index(q.open) && in_list(ex.sp.lexs, "naming_words", ws[ci].low))
                    naming = c.text;
                out.cue.reset();
                continue;
            } else if (!before_m && has_after && !colon && !ex.opens_with_name(ws, am.first, am.second)) {
                // "Thomas Gerber, Präsident des Vereins, begrüsste die Sanierung, bezeichnete das Tempo aber
                // als „zu langsam“": the object follows the verb; the subject is the name opening the sentence.
                if (auto o = opening_name(sent_b, ws[ci].b)) {
                    out.mention = span_text(s, ws, o->first, o->second);
                    spk = ex.resolve(s, ws, o->first, o->second, base + ws[o->first].b);
                } else {
                    // "Das berichtete die „Automobilwoche“": no subject before the verb and nothing but an
                    // article between the verb and a capitalised quoted word or two: the quote names the
                    // speaker, it does not quote it.
                    bool articles_only = true;
                    for (std::size_t j = cend; j < word_index(q.open); ++j)
                        articles_only = articles_only && !ws[j].punct && has_tag(ex.sp.lexs, WordTags::article, ws[j].low);
                    std::size_t z = 0;
                    if (articles_only && !has_words(qt, 3) && text::is_upper(text::next_cp(qt, z)))
                        break;
                    out.mention.reset();
                }
            } else if (!before_m && has_after) {
                if (!spk)
                    spk = ex.resolve(s, ws, am.first, am.second, base + ws[am.first].b);
                // ("die Menge", "das Publikum", "der Moderator" with no moderator named: a common noun after the verb,
                // common_subject, that describes no one the page named is someone unnamed, no speaker's name, not
                // the noun itself, noun_group; but "das Ministerium", a body's noun, names the body as it does
                // elsewhere)
                const std::string_view noun = ws[am.second].low;
                if (common_subject && (!spk || text::lower(*spk) == noun) &&
                    !listed_noun(noun, "body_words", ex.sp) && !listed_noun(noun, "organisation_words", ex.sp) &&
                    !ex.sp.body_noun(noun))
                    spk = std::string();
                out.mention = span_text(s, ws, am.first, am.second);
            } else if (before_m) {
                out.mention = span_text(s, ws, before_m->first, before_m->second);
                // "Mayor Ann Roe said the plan was what she called “Q”", "Jo Lee said the protests demand “Q”":
                // a cue inside the clause of an earlier cue, its subject naming no one else, reports the
                // earlier speaker's words.
                if (auto outer = joined ? std::nullopt : outer_cue(*this, sb, c.begin);
                    outer && weak_subject(*this, before_m->first, before_m->second, *outer)) {
                    spk = outer->speaker;
                    out.cue = outer->cue;
                    out.mention = span_text(s, ws, outer->first, outer->last);
                }
            } else {
                out.cue.reset();
                continue;
            }
            ex.add(out, spk);
        }
        found = true;
        break;
    }
    // "... and calls people “losers” and “sad.”", "Calls rivals “clowns”": a verb of naming with its object
    // before the quote makes the quote someone's words even when no subject is found for it.
    if (!found && naming && !attribute_according(at, out)) {
        out.cue = naming;
        out.mention.reset();
        ex.add(out, std::nullopt);
        found = true;
    }
    return found;
}

// "Secondo Guidotti, il servizio sarà garantito «giorno e notte»", "Selon le maire, le service sera assuré « jour et
// nuit »", "According to Reyes, the road will be kept open “as long as it takes”": an according phrase opening the
// sentence, closed by a comma, outranks a participle after its helper ([participle_helper_words]: "sarà", "sera",
// "will be") in the clause it reports: the participle is the clause's passive, no one's speech.
bool UnitReader::leading_according(const QuoteAt& at, Quote& out) {
    const std::size_t first = word_index(at.sb), open = word_index(at.q.open);
    if (first >= ws.size() || ws[first].punct)
        return false;
    const auto acc = ex.according(ws, first, first + 1);
    if (!acc || acc->m_last + 1 >= open || ws[acc->m_last + 1].low != ",")
        return false;
    auto past = std::lower_bound(cues.begin(), cues.end(), at.q.open,
                                 [](const Cue& c, std::size_t v) { return c.begin < v; });
    if (past == cues.begin())
        return false;
    const Cue& c = *std::prev(past);
    const std::size_t ci = word_index(c.begin);
    if (c.begin < at.sb || c.end > at.q.open || ci <= acc->m_last + 2 ||
        !in_list(ex.sp.lexs, "participle_helper_words", ws[ci - 1].low))
        return false;
    out.cue = span_text(s, ws, acc->cue_first, acc->cue_last);
    out.mention = span_text(s, ws, acc->m_first, acc->m_last);
    ex.add(out, ex.resolve(s, ws, acc->m_first, acc->m_last, base + ws[acc->m_first].b));
    return true;
}

// "selon X", "laut X", "according to X" in the quote's sentence.
bool UnitReader::attribute_according(const QuoteAt& at, Quote& out) {
    const std::size_t sb = at.sb;
    std::size_t se = at.se;
    // "The port stays shut “until the end.” Kosta visits it on Sunday, according to an aide": quoted words closing
    // their sentence, a capital after them, leave what follows to the next sentence.
    if (const std::string_view in = at.inner; !in.empty() && (in.back() == '.' || in.back() == '!' || in.back() == '?')) {
        std::size_t z = at.after_pos;
        while (z < s.size() && s[z] == ' ')
            ++z;
        if (z < s.size() && text::is_upper(text::next_cp(s, z)))
            se = at.q.open;
    }
    // "“Work starts next spring, according to the plans,” the mayor said": the quoted words are the speaker's
    // own, and an "according to" inside them names the speaker's source, not the speaker: only the writer's words
    // before and after the quote are read.
    auto acc = ex.according(ws, word_index(sb), word_index(at.q.open));
    if (!acc && se > at.after_pos)
        acc = ex.according(ws, word_index(at.after_pos), word_index(se));
    if (!acc) // ("Per il presidente Marco Ferri «Q»", "Pour le maire, « Q »")
        acc = ex.opinion_lead(ws, word_index(sb), word_index(at.q.open));
    if (!acc) // ("Für den Bürgermeister ist klar: „Q“")
        acc = framed_lead(ex, ws, word_index(sb), word_index(at.q.open));
    if (acc) {
        out.cue = span_text(s, ws, acc->cue_first, acc->cue_last);
        out.mention = span_text(s, ws, acc->m_first, acc->m_last);
        ex.add(out, ex.resolve(s, ws, acc->m_first, acc->m_last, base + ws[acc->m_first].b));
        return true;
    }
    return false;
}

} // namespace quoting
} // namespace archive
