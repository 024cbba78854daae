// The cue-based attribution steps of UnitReader (quote_reader.hpp) for one quoted span: a signing dash, the cue
// after or before the quote, "according to". The spans with no cue of their own are in quote_uncued.cpp.
#include "quote_reader.hpp"

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

} // namespace

// "“Q” ― Pamela Ortiz" / "«Q» — Jean Dupont, maire": a dash then a name signs the quote.
bool UnitReader::signed_by_dash(const QuoteAt& at, Quote& out) {
    std::size_t k = word_index(at.after_pos);
    if (k < ws.size() && ws[k].punct && (ws[k].low == "―" || ws[k].low == "—" || ws[k].low == "–" || ws[k].low == "-")) {
        std::size_t f = k + 1, e = f;
        while (e < ws.size() && !ws[e].punct && (ws[e].upper || particle(ws[e].low)) && e - f < 5)
            ++e;
        bool ends = e >= ws.size() || (ws[e].punct && (ws[e].low == "." || ws[e].low == "," || ws[e].low == "("));
        if (e > f && ends && ws[f].upper) {
            out.cue = ws[k].low;
            out.mention = span_text(s, ws, f, e - 1);
            std::string name = *out.mention;
            int p = ex.sp.add_person(name);
            ex.sp.people[static_cast<std::size_t>(p)].personal = true;
            ex.sp.mentioned(base + ws[f].b, p);
            ex.add(out, ex.sp.people[static_cast<std::size_t>(p)].name);
            return true;
        }
    }
    return false;
}

// "“Why now?” Ana Pole asked.", "„Warum jetzt?“ Jan Kruse fragte.": a question or an exclamation ends the
// quoted sentence but not the writer's when a short run of capitalised words (a name) and a cue follow it,
// the cue closing the sentence or a clause; "„Warum?“ Er sagte nichts." goes on after its cue.
bool UnitReader::names_then_cue(std::size_t k0, std::size_t after_pos, std::size_t se) const {
    auto cit = std::lower_bound(cues.begin(), cues.end(), after_pos,
                                [](const Cue& c, std::size_t v) { return c.begin < v; });
    if (cit == cues.end() || cit->begin >= se || !cit->pronoun.empty())
        return false;
    std::size_t ci = word_index(cit->begin), cend = word_index(cit->end);
    if (ci <= k0 || ci - k0 > 4)
        return false;
    for (std::size_t j = k0; j < ci; ++j)
        if (ws[j].punct || !(ws[j].upper || particle(ws[j].low)) || ex.sp.stopword(ws[j].low))
            return false;
    // ("“Not one more tree!” Delia Marsh shouted to the crowd.": a preposition after the cue opens its complement)
    return cend >= ws.size() || ws[cend].b >= se || (ws[cend].punct && (ws[cend].low == "," || ws[cend].low == ".")) ||
           (!ws[cend].punct && has_tag(ex.sp.lexs, WordTags::preposition, ws[cend].low));
}

// Attribution after the quote: «Q», a déclaré X / "Q," X said / "Q," said X / „Q“, so X.
bool UnitReader::attribute_after(const QuoteAt& at, Quote& out) {
    const QuoteSpan& q = at.q;
    const std::size_t se = at.se, after_pos = at.after_pos;
    const std::string_view inner = at.inner;
    std::size_t k0 = word_index(after_pos);
    std::size_t ke = word_index(se);
    bool found = false;
    std::size_t clause_end = ke;
    // „Q.“ Er bezeichnete …: a quote closing on its own full stop ends the sentence, and a capitalised
    // word after it opens the next one, which attributes nothing.
    if (!inner.empty() && (inner.back() == '.' || inner.back() == '!' || inner.back() == '?') && k0 < ws.size() &&
        !ws[k0].punct && ws[k0].upper && !(inner.back() != '.' && names_then_cue(k0, after_pos, se)))
        clause_end = k0;
    // (an owner's bare apostrophe is no mark: "“Q,” Reuters’ Jane Roe said")
    for (std::size_t k = k0; k < clause_end; ++k)
        if (ws[k].punct && text::is_quote_mark([&] { std::size_t z = 0; return text::next_cp(ws[k].low, z); }()) &&
            !owner_apostrophe(ws, k)) {
            clause_end = k;
            break;
        }
    auto first_cue = std::lower_bound(cues.begin(), cues.end(), after_pos,
                                      [](const Cue& c, std::size_t v) { return c.begin < v; });
    // "»Q.« Das sagte die Sprecherin Anna Roth.", "“Q.” That's what Mayor Ann Roe said.": the next sentence
    // opens with words that point back at the quote ([recap_words]) and a cue: it attributes the quote.
    if (clause_end == k0 && !inner.empty() && inner.back() == '.' && first_cue != cues.end() && first_cue->pronoun.empty()) {
        std::size_t j = k0;
        while (j < ws.size() && j < k0 + 3 && !ws[j].punct && in_list(ex.sp.lexs, "recap_words", ws[j].low))
            ++j;
        const std::size_t ci = word_index(first_cue->begin), cend = word_index(first_cue->end);
        std::optional<std::pair<std::size_t, std::size_t>> m;
        if (j > k0 && ci == j)
            m = ex.mention_after(ws, cend); // "Das sagte X"
        else if (j > k0 && ci > j && ci - j <= 5 && ex.opens_with_name(ws, j, ci - 1))
            m = std::make_pair(j, ci - 1); // "That's what X said"
        if (m && ws[m->first].b < se) {
            out.cue = first_cue->text;
            out.mention = span_text(s, ws, m->first, m->second);
            ex.add(out, ex.resolve(s, ws, m->first, m->second, base + ws[m->first].b));
            return true;
        }
    }
    for (auto cit = first_cue; cit != cues.end(); ++cit) {
        const auto& c = *cit;
        if (c.begin >= se)
            break;
        if (c.begin < after_pos || c.begin >= (clause_end < ws.size() ? ws[clause_end].b : s.size()))
            continue;
        std::size_t ci = word_index(c.begin), cend = word_index(c.end);
        // The cue must open a clause: right after the quote or after a comma.
        // The cue opens the attribution right after the quote ("«Q», a déclaré X"), or after the rest of
        // the writer's clause ("«Q» de la ville, a dit X"); when a name stands between quote and cue,
        // that name is the subject ("\"Q,\" Tomas Lindqvist, an analyst, told Reuters").
        bool name_between = false;
        for (std::size_t j = k0; j < ci; ++j)
            name_between = name_between || (!ws[j].punct && ws[j].upper && !ex.sp.stopword(ws[j].low));
        // "«Q», se pregunta Iris": a reflexive or object clitic stands between the comma and the verb.
        if (ci >= 2 && ci - 1 >= k0 && !ws[ci - 1].punct && in_list(ex.sp.lexs, "clitics", ws[ci - 1].low) &&
            ws[ci - 2].low == ",") {
            name_between = false;
            for (std::size_t j = k0; j + 1 < ci; ++j)
                name_between = name_between || (!ws[j].punct && ws[j].upper && !ex.sp.stopword(ws[j].low));
            if (!name_between)
                k0 = ci;
        }
        // "„Q” – powiedział minister", "«Q» – ha detto il sindaco": a dash after the quote opens the clause as a
        // comma does.
        const bool after_mark = ci == k0 + 1 && (ws[k0].low == "," || ws[k0].low == "–" || ws[k0].low == "—");
        // "« Q », comme l'a rappelé la ministre": a comparative opener after the comma opens the clause too.
        bool clause_start = ci == k0 || after_mark ||
                            (ci > 0 && ws[ci - 1].low == "," && !name_between) ||
                            (!name_between && ex.comparative_cue(ws, ci));
        bool subject_first = false;
        std::optional<std::pair<std::size_t, std::size_t>> m;
        if (!c.pronoun.empty()) {
            out.mention = c.pronoun;
            out.cue = c.text;
            std::vector<Word> pw = {Word{0, c.pronoun.size(), c.pronoun, false, false}};
            auto spk = ex.resolve(c.pronoun, pw, 0, 0, base + c.begin);
            ex.add(out, spk);
            found = true;
            break;
        }
        if (clause_start) {
            if (c.text == "so" && !(ci == k0 || (ci == k0 + 1 && ws[k0].low == ",")))
                continue;
            // "„Q“, hieß es in dem Schreiben": a document says it, no one ([impersonal_cues]).
            if (auto imp = impersonal_cue(ws, ci, cend, ex.sp)) {
                cite_document(ex, out, s, ws, *imp);
                found = true;
                break;
            }
            // "„Q“, so Peter Meier" / "so der Sprecher" names a speaker; "„Wikiasari“, so heißt ein
            // Projekt" goes on with a verb: the quote is a name.
            std::size_t from = cend;
            if (c.text == "so" && cend < ws.size() && !ws[cend].punct && !ws[cend].upper &&
                !has_tag(ex.sp.lexs, WordTags::article, ws[cend].low)) {
                // But "„Q“, so charakterisierte ihn der Gewerkschafter Paul Roth": a verb (and its object
                // pronoun) then a mention with a name.
                std::size_t j = cend + 1;
                if (j < ws.size() && !ws[j].punct && !ws[j].upper && !has_tag(ex.sp.lexs, WordTags::article, ws[j].low))
                    ++j;
                auto named = ex.mention_after(ws, j);
                bool has_name = false;
                if (named) {
                    std::vector<Word> sub(ws.begin() + static_cast<std::ptrdiff_t>(named->first),
                                          ws.begin() + static_cast<std::ptrdiff_t>(named->second + 1));
                    has_name = !names_in(sub, ex.sp).empty();
                }
                if (!has_name)
                    continue;
                from = j;
            }
            // ("„Q“, sagte am Mittwoch die Sprecherin": a time after the cue is no part of the mention)
            m = ex.mention_after(ws, after_time_phrase(ws, from, ex.sp));
            // "«Q», dice." / "«Q», aclara y remarca": a verb without a subject (Spanish and Italian drop
            // it) continues the last speaker.
            bool right_after = ci == k0 || after_mark;
            bool bare = cend >= ws.size() || (ws[cend].punct && ws[cend].low != ",") ||
                        (in_list(ex.sp.lexs, "sentence_openers", ws[cend].low) && cend + 1 < ws.size() &&
                         is_speech_verb(ex.sp.lexs, ws[cend + 1].low)) ||
                        // "..., das er als „Q“ bezeichnet hatte.": an auxiliary after the participle ends the clause.
                        (ex.capitalised_nouns_here() && cend + 1 < ws.size() && !ws[cend].punct &&
                         ws[cend + 1].punct && ws[cend + 1].low != "," &&
                         has_tag(ex.sp.lexs, WordTags::auxiliary, ws[cend].low));
            if ((!m || (bare && cend < ws.size() && !ws[cend].punct)) && right_after && bare && u.where == Where::body) {
                out.cue = c.text;
                // "..., was sie einen „Q“ nannte", "wie er die Lage als „Q“ bezeichnete": a verb closing the
                // clause after its quote has the subject pronoun of that clause before the quote.
                std::optional<std::size_t> pronoun;
                for (std::size_t j = word_index(q.open), d = 0; j > 0 && d < 6 && !ws[j - 1].punct && !pronoun;
                     --j, ++d)
                    if (char g = 'x'; ex.sp.pronoun(ws[j - 1].low, g) &&
                                      !has_tag(ex.sp.lexs, WordTags::possessive, ws[j - 1].low))
                        pronoun = j - 1;
                if (pronoun) {
                    out.mention = span_text(s, ws, *pronoun, *pronoun);
                    ex.add(out, ex.resolve(s, ws, *pronoun, *pronoun, base + ws[*pronoun].b));
                    found = true;
                    break;
                }
                // "..., was der Bürgermeister als „Q“ bezeichnete": German puts the verb last; its subject stands
                // after the word opening the clause, before the quote.
                if (auto m2 = verb_last_subject(*this, q.open)) {
                    auto spk = ex.resolve(s, ws, m2->first, m2->second, base + ws[m2->first].b);
                    // "was der Bürgermeister als „Q“ bezeichnete" with no mayor named: a role noun describes the
                    // speaker, who is then nobody, not the person the paragraph spoke of.
                    bool described = false;
                    for (std::size_t j = m2->first; !spk && j <= m2->second && !described; ++j)
                        described = !ws[j].punct && role_noun(ws[j].low, ex.sp);
                    if (spk || described) {
                        out.mention = span_text(s, ws, m2->first, m2->second);
                        ex.add(out, spk);
                        found = true;
                        break;
                    }
                }
                // "Graciela Lois cree que ... «Q», aclara": the person the paragraph spoke of before, or
                // the one the writer's paragraph before spoke of ("Lucía Gómez visitó las obras. / «Q»,
                // explicó").
                auto who = unit_person(q.open);
                if (!who)
                    who = writer_paragraph_person(true);
                ex.add(out, who ? who : ex.last_speaker);
                found = true;
                break;
            }
        } else if (ci > k0 && (ws[k0].low == "," || k0 + 1 <= ci)) {
            // "Q," X said — the words between the quote and the cue are the subject.
            std::size_t first = k0;
            while (first < ci && ws[first].punct)
                ++first;
            // "Q," the mayor, Markus Hollerer, said: commas may set off an apposition inside the subject.
            std::size_t last = ci - 1;
            while (last > first && ws[last].low == ",")
                --last;
            // "Ann Roe has used the phrase “Q” often, and criticized Jo Lee": a conjunction right before the cue
            // coordinates it with the verb of the sentence's subject, the name the sentence opens with.
            if (first < last && ws[last - 1].low == "," && in_list(ex.sp.lexs, "sentence_openers", ws[last].low)) {
                if (auto o = opening_name(at.sent_b, q.open)) {
                    std::vector<Word> sub(ws.begin() + static_cast<std::ptrdiff_t>(o->first),
                                          ws.begin() + static_cast<std::ptrdiff_t>(o->second + 1));
                    const NameSpan n = names_in(sub, ex.sp).front();
                    m = std::make_pair(o->first + n.first, o->first + n.last);
                }
                if (!m)
                    continue;
            } else if (first <= last && last - first < 24 && (first == k0 || ws[first - 1].low == ",")) {
                // "Q," Jane Doe, the attorney general of the state, one of the states suing, said /
                // "Q," panel Chairman Rep. John Roe (R-Ohio) said / "Q," Ann Smith, D-Md., said:
                // commas, a parenthesis and an abbreviation's dot may stand inside a long subject.
                bool clean = last - first < 12 || ws[first].upper;
                int depth = 0;
                for (std::size_t j = first; j <= last; ++j) {
                    const std::string_view w = ws[j].low;
                    if (w == "(")
                        ++depth;
                    else if (w == ")")
                        --depth;
                    // "R-Ky.,": a dot glued to a word and followed by a comma
                    bool abbrev_dot = w == "." && j > first && !ws[j - 1].punct && ws[j - 1].e == ws[j].b &&
                                      (j == last || ws[j + 1].low == ",");
                    // ("Q," Reuters' Jane Roe said: an owner's bare apostrophe, owner_apostrophe)
                    clean = clean && (!ws[j].punct || w == "," || w == "(" || w == ")" || depth > 0 || abbrev_dot ||
                                      owner_apostrophe(ws, j));
                }
                clean = clean && depth == 0;
                // "Q" but insisted: function words alone are no subject.
                bool content = false;
                for (std::size_t j = first; j <= last; ++j) {
                    char g = 'x';
                    content = content || ex.sp.pronoun(ws[j].low, g) ||
                              (!ws[j].punct && !ex.sp.stopword(ws[j].low) &&
                               !in_list(ex.sp.lexs, "sentence_openers", ws[j].low));
                }
                // "“absolutely right” when he said ...", "... but he said": a conjunction opens a new clause
                // whose verb does not attribute the quote before it.
                // But "“Q” while they were in power, Azzouz said": after a comma, the subject.
                // "„Q“, wie Eva Lind betont": a comparative opener is no part of the subject after it.
                if (first < last && in_list(ex.sp.lexs, "comparative_opener_words", ws[first].low))
                    ++first;
                bool new_clause = in_list(ex.sp.lexs, "sentence_openers", ws[first].low);
                // "“Q”, as Eva Lind, head of the board, noted": a name right after the opener, set off by a comma,
                // opens the subject with its apposition.
                if (new_clause && first < last) {
                    std::size_t comma = first + 1;
                    while (comma < last && !ws[comma].punct)
                        ++comma;
                    if (comma > first + 2 && ws[comma].low == "," &&
                        ex.opens_with_name(ws, first + 1, comma - 1) && !ws[comma - 1].punct &&
                        names_in(std::vector<Word>(ws.begin() + static_cast<std::ptrdiff_t>(first + 1),
                                                   ws.begin() + static_cast<std::ptrdiff_t>(comma)),
                                 ex.sp)
                                .front()
                                .last == comma - first - 2) {
                        ++first;
                        new_clause = false;
                    }
                }
                for (std::size_t j = last; new_clause && j > first; --j)
                    if (ws[j].low == "," && j < last) {
                        first = j + 1;
                        new_clause = false;
                    }
                if (clean && content && !new_clause) {
                    m = std::make_pair(first, last);
                    subject_first = true;
                }
            }
        }
        if (!m)
            continue;
        // "Governor Paul Hart said the state was “firmly opposed” to the dam and warned the council": the
        // quote stands in the clause of an earlier cue, and the subject found after it names no one else.
        if (subject_first)
            if (auto outer = outer_cue(*this, at.sb, q.open); outer && weak_subject(*this, m->first, m->second, *outer)) {
                out.mention = span_text(s, ws, outer->first, outer->last);
                out.cue = outer->cue;
                ex.add(out, outer->speaker);
                found = true;
                break;
            }
        out.mention = span_text(s, ws, m->first, m->second);
        out.cue = c.text;
        ex.add(out, ex.resolve(s, ws, m->first, m->second, base + ws[m->first].b));
        found = true;
        break;
    }
    return found;
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
        // introduces the words: "erläutert es so: „Q“".
        if (c.text == "so" || c.text == "So") {
            std::size_t after_so = word_index(c.end);
            if (after_so >= ws.size() || ws[after_so].low != ":")
                continue;
        }
        std::size_t ci = word_index(c.begin);
        out.cue = c.text;
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
            // "„Q1“, und fügt hinzu: „Q2“": a cue opened by a conjunction right after a quote or a comma
            // has the last speaker as its subject.
            if (u.where == Where::body && ci >= 2 && in_list(ex.sp.lexs, "sentence_openers", ws[ci - 1].low) &&
                ws[ci - 2].punct && ws[ci - 2].low != "." && ex.last_speaker) {
                // But "House Whip Ann Roe, R-Ohio, despite admitting that she had worries about “Q”": a
                // sentence whose first part ends with a name set off by a comma has that person as the subject.
                std::optional<std::string> who;
                std::size_t w0 = word_index(at.sent_b), w1 = w0;
                while (w1 < ci && !ws[w1].punct)
                    ++w1;
                if (w1 > w0 && w1 + 1 < ci && ws[w1].low == ",") {
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
            std::pair<std::size_t, std::size_t> am{0, 0};
            if (cend < ws.size() && ws[cend].b < q.open) {
                if (auto m = ex.mention_after(ws, cend); m && ws[m->second].e <= q.open) {
                    has_after = true;
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
            auto before_m = ex.mention_before(ws, ci);
            // "Trotzdem sagte er, ...", "Ainsi a déclaré le maire", "Por otra parte dijo el concejal": a sentence
            // adverb (sentence_adverb_at) alone before the verb is no subject; the subject follows the verb, as
            // surely as before a colon.
            if (!before_m && has_after && ci >= 1 && !ws[ci - 1].punct) {
                std::size_t open = ci - 1;
                while (open > 0 && !ws[open - 1].punct && ci - open < 4)
                    --open;
                if ((open == 0 || ws[open - 1].punct) && sentence_adverb_at(ws, open, ex.sp.lexs) == ci - open)
                    colon = true;
            }
            // "Am Abend zogen Studenten ... und skandierten „Q“": a verb coordinated with "und"/"and" has the
            // subject of the clause before it; the mention before the verb is asked first in English, unless it is
            // none or a phrase opened by a preposition, and never in German, where the clause may open with
            // anything ("Bereits am Abend zogen Studenten").
            if (ci >= 2 && !ws[ci - 1].punct && in_list(ex.sp.lexs, "coordinating_words", ws[ci - 1].low) &&
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
            if (ci > 0 && !ws[ci - 1].punct && in_list(ex.sp.lexs, "gerund_preposition_words", ws[ci - 1].low))
                if (auto o = opening_name(sent_b, ws[ci].b)) {
                    std::vector<Word> sub(ws.begin() + static_cast<std::ptrdiff_t>(o->first),
                                          ws.begin() + static_cast<std::ptrdiff_t>(o->second + 1));
                    auto n = names_in(sub, ex.sp).front();
                    bool relative = false;
                    for (std::size_t j = o->first + n.last + 1; j < ci && !relative; ++j)
                        relative = !ws[j].punct && in_list(ex.sp.lexs, "relative_words", ws[j].low);
                    if (!relative)
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
            // (a name, a pronoun, an article and a role noun), not an object ("bezeichnete den Plan als „Q“").
            if (before_m && !colon && has_after && ex.capitalised_nouns_here() &&
                has_tag(ex.sp.lexs, WordTags::preposition, ws[before_m->first].low)) {
                const std::vector<Word> sub(ws.begin() + static_cast<std::ptrdiff_t>(am.first),
                                            ws.begin() + static_cast<std::ptrdiff_t>(am.second + 1));
                char g = 'x';
                // ("bezeichnete die Stadträtin Eva Lind den Bau als „Q“": the subject ends with its name)
                const auto names = names_in(sub, ex.sp);
                if (!names.empty())
                    am.second = am.first + names.front().last;
                colon = !names.empty() ||
                        (am.first == am.second && ex.sp.pronoun(ws[am.first].low, g) &&
                         !has_tag(ex.sp.lexs, WordTags::possessive, ws[am.first].low)) ||
                        (am.first < am.second && has_tag(ex.sp.lexs, WordTags::article, ws[am.first].low) &&
                         !in_list(ex.sp.lexs, "object_article_words", ws[am.first].low) &&
                         role_noun(ws[am.first + 1].low, ex.sp));
            }
            if (before_m && colon && has_tag(ex.sp.lexs, WordTags::preposition, ws[before_m->first].low))
                before_m.reset();
            std::optional<std::string> spk;
            if (colon && ex.opens_with_name(ws, am.first, am.second)) {
                before_m.reset();
            } else if (before_m) {
                spk = ex.resolve(s, ws, before_m->first, before_m->second, base + ws[before_m->first].b);
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
                out.mention = span_text(s, ws, am.first, am.second);
            } else if (before_m) {
                out.mention = span_text(s, ws, before_m->first, before_m->second);
                // "Mayor Ann Roe said the plan was what she called “Q”", "Jo Lee said the protests demand “Q”":
                // a cue inside the clause of an earlier cue, its subject naming no one else, reports the
                // earlier speaker's words.
                if (auto outer = outer_cue(*this, sb, c.begin);
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
