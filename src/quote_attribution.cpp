// The cue-based attribution steps of UnitReader (quote_reader.hpp) for one quoted span that find the cue after the
// quote: a signing dash ("“Q” — Ann Roe"), then a cue after it ("“Q,” she said", "«Q», a déclaré X"). The cue before
// the quote and "according to" are in quote_attribution_before.cpp; the spans with no cue of their own in
// quote_uncued.cpp.
#include "quote_obituaries.hpp"
#include "quote_reader.hpp"
#include "quote_verbless_cues.hpp"

#include "text.hpp"

#include <algorithm>
#include <iterator>

namespace archive {
namespace quoting {
namespace {

// "según dijeron a La Voz dos fuentes", "selon un proche": the according phrase opening at the cue's word `ci` or at
// the word before it ("según" before the cue "dijo") when its mention follows it; else nothing ("dem Bericht
// zufolge" has it before).
std::optional<Extractor::According> according_at(UnitReader& r, std::size_t ci) {
    const WordTags& tags = word_tags(r.ex.sp.lexs);
    const std::vector<Word>& ws = r.ws;
    const std::size_t open = ci > 0 && !ws[ci - 1].punct && (tags.of(ws[ci - 1]) & WordTags::according) ? ci - 1 : ci;
    if (ws[open].punct || !(tags.of(ws[open]) & WordTags::according))
        return std::nullopt;
    auto acc = r.ex.according(ws, open, open + 1);
    if (!acc || acc->m_first <= acc->cue_last)
        return std::nullopt;
    return acc;
}

// "Der Kreml hat das Angebot als „Q“ bezeichnet.", "Die Ministerin hatte den Plan zuvor als „Q“ kritisiert.", "Am
// Freitag hat die Ministerin vor einem „Q“ gewarnt.": in a German main clause the participle closing it after the
// quote has its auxiliary ([participle_auxiliaries]) in second place, within the clause's first words: the subject
// is the words before it, or, after a fronted phrase (a preposition's, an adverb), the noun phrase right after it;
// either before the quote at byte `open`. (The clause opens the sentence, or a comma and then the auxiliary:
// "Nachdem ..., hat die Ministerin ...". "..., das er als „Q“ bezeichnet hat" is verb_last_subject's.)
std::optional<std::pair<std::size_t, std::size_t>> auxiliary_subject(UnitReader& r, std::size_t open) {
    const std::size_t most_before = 6, most_clause = 16;
    if (!r.ex.capitalised_nouns_here())
        return std::nullopt;
    const std::vector<Word>& ws = r.ws;
    const Speakers& sp = r.ex.sp;
    const WordTags& tags = word_tags(sp.lexs);
    const std::size_t qw = r.word_index(open);
    std::size_t j = qw;
    while (j > 0 && qw - j < most_clause && !ws[j - 1].punct)
        --j;
    const bool after_comma = j > 0 && ws[j - 1].low == ",";
    if (j > 0 && !after_comma && !Extractor::clause_break(ws[j - 1].low))
        return std::nullopt;
    std::size_t a = j;
    while (a < qw && a <= j + most_before && !(tags.of(ws[a]) & WordTags::auxiliary))
        ++a;
    if (a >= qw || a > j + most_before || (after_comma && a != j))
        return std::nullopt;
    // (the clause's first words: a subject opens with an article, a possessive, a pronoun or a capitalised noun or
    // name; a preposition, or one small word or adverb alone, "Am Freitag", "Zuvor", is a fronted phrase)
    char g = 'x';
    const Word& f = ws[j];
    const bool fronted =
        a == j || has_tag(sp.lexs, WordTags::preposition, f.low) ||
        (a == j + 1 &&
         ((sp.stopword(f.low) && !sp.pronoun(f.low, g)) || (tags.of(f) & WordTags::cue_adverb) ||
          in_list(sp.lexs, "sentence_adverb_words", f.low) || in_list(sp.lexs, "fronted_adverb_words", f.low)));
    // (a lower-case word, no article, possessive or pronoun, opens no subject: "(letzteres hatte ich ... als „Q“
    // bezeichnet)" fronts the object)
    const bool opens_subject = (f.upper && !sp.stopword(f.low)) || sp.pronoun(f.low, g) ||
                               (tags.of(f) & (WordTags::article | WordTags::possessive));
    if (!fronted && opens_subject) {
        auto m = r.ex.mention_before(ws, a);
        return m && m->first >= j && m->second < a ? m : std::nullopt;
    }
    // ("hatte ich ... bezeichnet": a subject pronoun right after the auxiliary is the whole subject)
    if (a + 1 < qw && !ws[a + 1].punct && !ws[a + 1].upper && sp.pronoun(ws[a + 1].low, g) &&
        !(tags.of(ws[a + 1]) & WordTags::possessive))
        return std::make_pair(a + 1, a + 1);
    // (after the auxiliary: an article or a possessive, the adjectives after it, then its capitalised noun and a
    // name, perhaps a genitive ([genitive_article_words]): "der Kreml", "die neue Ministerin Eva Roth", "der Sprecher
    // der Stadt"; or a capitalised name alone; "den Plan", "das Angebot" after it are objects)
    std::size_t e = a + 1;
    if (e < qw && !ws[e].punct && (tags.of(ws[e]) & (WordTags::article | WordTags::possessive)))
        e = r.ex.past_attributes(ws, e + 1);
    const std::size_t noun = e;
    while (e < qw && !ws[e].punct && ws[e].upper && !sp.stopword(ws[e].low))
        ++e;
    if (e == noun)
        return std::nullopt;
    if (e + 1 < qw && !ws[e].punct && in_list(sp.lexs, "genitive_article_words", ws[e].low) && !ws[e + 1].punct &&
        ws[e + 1].upper)
        for (e += 2; e < qw && !ws[e].punct && ws[e].upper;)
            ++e;
    return std::make_pair(a + 1, e - 1);
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

// Words first..last hold a name ("Sundberg", "Erik Sundberg in Brüssel") or a role noun ("die Ministerin").
static bool names_person(const std::vector<Word>& ws, std::size_t first, std::size_t last, const Speakers& sp) {
    for (std::size_t j = first; j <= last; ++j)
        if (!ws[j].punct && role_noun(ws[j].low, sp))
            return true;
    const std::vector<Word> sub(ws.begin() + static_cast<std::ptrdiff_t>(first),
                                ws.begin() + static_cast<std::ptrdiff_t>(last + 1));
    return !names_in(sub, sp).empty();
}

// `our "daily" report arrived`, `the "final" statement`, `notre « petit » rapport`: quoted words opened (at word
// `open`, their mark) right after an article or a possessive ([possessive_determiner_words]) stand inside a noun
// phrase; a word right after their closing mark is the noun they qualify, no cue.
static bool qualifies_noun(const std::vector<Word>& ws, std::size_t open, const Speakers& sp) {
    if (open == 0 || open >= ws.size() || ws[open - 1].punct)
        return false;
    const std::string_view w = ws[open - 1].low;
    return has_tag(sp.lexs, WordTags::article, w) || in_list(sp.lexs, "possessive_determiner_words", w);
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
    // "«Q». Lo ha detto il sindaco X", "«Q». Así lo afirmó X", "»Q«. Das sagte X": so too when the sentence's stop
    // stands after the closing mark; the next sentence then opens one word later.
    const bool stop_after = k0 + 1 < ws.size() && ws[k0].low == "." && !inner.empty() && inner.back() != '.' &&
                            inner.back() != '!' && inner.back() != '?';
    if (((clause_end == k0 && !inner.empty() && inner.back() == '.') || stop_after) && first_cue != cues.end() &&
        first_cue->pronoun.empty()) {
        const std::size_t k1 = stop_after ? k0 + 1 : k0;
        std::size_t j = k1;
        while (j < ws.size() && j < k1 + 3 && !ws[j].punct && in_list(ex.sp.lexs, "recap_words", ws[j].low))
            ++j;
        // ("«Q». Così ha spiegato X": a recap word that is a cue of [verbless_cues] too leaves the verb after it
        // the cue)
        auto recap_cue = first_cue;
        if (word_index(recap_cue->begin) < j && std::next(recap_cue) != cues.end() &&
            verbless_cue(ex.sp.lexs, recap_cue->text))
            ++recap_cue;
        const std::size_t ci = word_index(recap_cue->begin), cend = word_index(recap_cue->end);
        std::optional<std::pair<std::size_t, std::size_t>> m;
        if (j > k1 && ci == j)
            m = ex.mention_after(ws, cend); // "Das sagte X"
        else if (j > k1 && ci > j && ci - j <= 5 && ex.opens_with_name(ws, j, ci - 1))
            m = std::make_pair(j, ci - 1); // "That's what X said"
        // (the stop after the mark ends the quote's sentence: the mention is in the next one, a few words on)
        if (m && (stop_after || ws[m->first].b < se)) {
            out.cue = recap_cue->text;
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
        // ("was sie einen „Papierwall“ nannte": where nouns are capitalised, a lower-case word there is the verb)
        if (ci == k0 && (!ex.capitalised_nouns_here() || ws[ci].upper) && qualifies_noun(ws, word_index(q.open), ex.sp))
            continue;
        // The cue must open a clause: right after the quote or after a comma.
        // The cue opens the attribution right after the quote ("«Q», a déclaré X"), or after the rest of
        // the writer's clause ("«Q» de la ville, a dit X"); when a name stands between quote and cue,
        // that name is the subject ("\"Q,\" Tomas Lindqvist, an analyst, told Reuters").
        bool name_between = false;
        for (std::size_t j = k0; j < ci; ++j)
            name_between = name_between || (!ws[j].punct && ws[j].upper && !ex.sp.stopword(ws[j].low));
        // "«Q», se pregunta Iris": a reflexive or object clitic stands between the comma and the verb; so too
        // between a dialogue's dash and its cue ("—Q —le respondió la concejala"), or right after a quote closed by
        // its own question mark ("— Q ? lui a demandé une employée").
        if (ci >= 2 && ci - 1 >= k0 && !ws[ci - 1].punct && in_list(ex.sp.lexs, "clitics", ws[ci - 1].low) &&
            (ws[ci - 2].low == "," || ws[ci - 2].low == "\u2013" || ws[ci - 2].low == "\u2014" || ci - 1 == k0)) {
            name_between = false;
            for (std::size_t j = k0; j + 1 < ci; ++j)
                name_between = name_between || (!ws[j].punct && ws[j].upper && !ex.sp.stopword(ws[j].low));
            if (!name_between)
                k0 = ci;
        }
        // "„Q”, zo zei de wethouder", "„Q”, zo maakte de gemeente bekend": a word pointing back at the quote
        // ([cue_lead_words]) between the comma and the verb leaves the verb opening the clause.
        if (ci >= 2 && ci - 1 > k0 && ws[ci - 2].low == "," && !ws[ci - 1].punct &&
            in_list(ex.sp.lexs, "cue_lead_words", ws[ci - 1].low)) {
            name_between = false;
            k0 = ci;
        }
        // "„Q” – powiedział minister", "«Q» – ha detto il sindaco": a dash after the quote opens the clause as a
        // comma does, and so does a hyphen standing alone for it ("„Q” - powiedział minister").
        const bool after_mark =
            ci == k0 + 1 && (ws[k0].low == "," || ws[k0].low == "–" || ws[k0].low == "—" || ws[k0].low == "-");
        // "« Q », comme l'a rappelé la ministre": a comparative opener after the comma opens the clause too.
        // "Die Allianz werde „so lange wie nötig“ an der Seite Kiews stehen, sagte Sundberg": in German the writer's
        // clause goes on after a partial quote to its verb, last and in lower case, and a comma; the cue after it
        // opens the attribution with its subject after it, though capitalised nouns stood between.
        // (only words between, no mark: "... zu rufen: Der Cowboyboot sei ..., verkündete X" is another sentence)
        bool clause_verb_before = name_between && ci >= 2 && ci - 2 >= k0 && ws[ci - 1].low == "," &&
                                  !ws[ci - 2].punct && !ws[ci - 2].upper && ex.capitalised_nouns_here();
        for (std::size_t j = k0 + (ws[k0].low == "," ? 1 : 0); clause_verb_before && j + 1 < ci; ++j)
            clause_verb_before = !ws[j].punct;
        bool clause_start = ci == k0 || after_mark ||
                            (ci > 0 && ws[ci - 1].low == "," && (!name_between || clause_verb_before)) ||
                            (!name_between && ex.comparative_cue(ws, ci));
        bool subject_first = false;
        std::string cue_text = c.text;
        std::optional<std::pair<std::size_t, std::size_t>> m;
        if (!c.pronoun.empty()) {
            out.mention = c.pronoun;
            out.cue = c.text;
            std::vector<Word> pw = {Word{0, c.pronoun.size(), c.pronoun, false, false}};
            auto spk = ex.resolve(c.pronoun, pw, 0, 0, base + c.begin);
            // ("« Q », disait-elle en 1975": an obituary's subject, dated by the words after the cue)
            if (char g = 'x'; ex.obituary_subject && cend > 0 && ex.sp.pronoun(text::lower(c.pronoun), g) && g != 'p')
                if (const int o = obituary_subject_pick(*ex.obituary_subject, ws, cend - 1, g, ex.sp); o >= 0) {
                    spk = ex.sp.people[static_cast<std::size_t>(o)].name;
                    ex.sp.mentioned(base + c.begin, o);
                }
            ex.add(out, spk);
            found = true;
            break;
        }
        if (clause_start) {
            // ("Stellen würden „sozial verträglich“ genutzt, so Leitner": after a comma that ends the writer's clause
            // round a partial quote, as a "sagte" there does; the name check below still asks for a speaker)
            if (verbless_cue(ex.sp.lexs, c.text) && !(ci == k0 || ws[ci - 1].low == ","))
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
            // "«Q», según indicó la Guardia Civil": the speech verb after an according phrase belongs to the cue.
            if (const std::size_t v = past_according_verb(ws, cend, ex.sp);
                v != cend && (word_tags(ex.sp.lexs).of(ws[cend - 1]) & WordTags::according_entry)) {
                cue_text = span_text(s, ws, ci, v - 1);
                from = past_addressee(ws, v, ex.sp); // ("según dijo a El Diario una fuente")
            }
            // ("„Q”, aldus directeur Jan de Vries": a role noun with no article after the cue is the mention's)
            if (verbless_cue(ex.sp.lexs, c.text) && cend < ws.size() && !ws[cend].punct && !ws[cend].upper &&
                !has_tag(ex.sp.lexs, WordTags::article, ws[cend].low) && !role_noun(ws[cend].low, ex.sp)) {
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
            // ("«Q», ha dicho en una comparecencia.", "«Q», ha scritto sui social.": where or how it was said)
            const bool complement_only = m && ex.complement_after;
            if (complement_only)
                m.reset();
            // (after the writer's clause, the cue's subject names a person, by a name or a role: "schrieb
            // Fernsehgeschichte", "weist auf die Skurrilitäten hin" have an object there)
            if (clause_verb_before && !(m && names_person(ws, m->first, m->second, ex.sp)))
                continue;
            // "„Q“, stellte Lorenz fest, ...", "„Q“, teilte die Stadt mit": a separable verb whose particle closes
            // the clause (its cue spans more words than its text holds) has its subject between verb and particle.
            if (from == cend)
                if (auto between = separated_subject(ex, ws, ci, cend, c.text))
                    m = between;
            // "«Q», dice." / "«Q», aclara y remarca": a verb without a subject (Spanish and Italian drop
            // it) continues the last speaker.
            bool right_after = ci == k0 || after_mark;
            // "“Q”, afirmou então.", "«Q», dijo luego.", "«Q», ha aggiunto poi.": a time or sentence adverb
            // ([dropped_subject_words], [sentence_adverb_words]) between the verb and the mark is no subject.
            std::size_t past_adverbs = cend;
            while (past_adverbs < ws.size() && !ws[past_adverbs].punct)
                if (const std::size_t n = opening_adverb_at(ws, past_adverbs, ex.sp.lexs); n != 0)
                    past_adverbs += n;
                else
                    break;
            bool bare = cend >= ws.size() || (ws[cend].punct && ws[cend].low != ",") ||
                        (past_adverbs > cend &&
                         (past_adverbs >= ws.size() || (ws[past_adverbs].punct && ws[past_adverbs].low != ","))) ||
                        // ("«Q», declaró a El Heraldo Limeño.": the one told, no subject after it)
                        ex.told_phrase_end(ws, past_adverbs) != 0 ||
                        complement_only ||
                        (in_list(ex.sp.lexs, "sentence_openers", ws[cend].low) && cend + 1 < ws.size() &&
                         is_speech_verb(ex.sp.lexs, ws[cend + 1].low)) ||
                        // "..., das er als „Q“ bezeichnet hatte.": an auxiliary after the participle ends the clause.
                        (ex.capitalised_nouns_here() && cend + 1 < ws.size() && !ws[cend].punct &&
                         ws[cend + 1].punct && ws[cend + 1].low != "," &&
                         has_tag(ex.sp.lexs, WordTags::auxiliary, ws[cend].low));
            if ((!m || (bare && cend < ws.size() && !ws[cend].punct)) && right_after && bare &&
                (u.where == Where::body || u.where == Where::lede)) {
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
                // "Der Kreml hat das Angebot als „Q“ bezeichnet.": the subject before the auxiliary of the
                // participle, and no one else, says it, named or not ("Die Ministerin hat ...", no minister named).
                if (auto m3 = auxiliary_subject(*this, q.open)) {
                    out.mention = span_text(s, ws, m3->first, m3->second);
                    ex.add(out, ex.resolve(s, ws, m3->first, m3->second, base + ws[m3->first].b));
                    found = true;
                    break;
                }
                // "Graciela Lois cree que ... «Q», aclara": the person the paragraph spoke of before, or
                // the one the writer's paragraph before spoke of ("Lucía Gómez visitó las obras. / «Q»,
                // explicó").
                // (the standfirst, read first: only a name opening one of its sentences; "El ex alcalde habla ... con
                // la concejala Marta Gil. «Q», asegura." is not Marta Gil's, and extract_quotes gives it the
                // headline's person)
                std::optional<std::string> who;
                if (u.where == Where::lede) {
                    for (auto e = ex.sp.events.rbegin(); e != ex.sp.events.rend() && e->first >= base && !who; ++e)
                        if (e->first < base + q.open &&
                            std::any_of(sents.begin(), sents.end(),
                                        [&](const std::pair<std::size_t, std::size_t>& sent) {
                                            return base + sent.first == e->first;
                                        }))
                            who = ex.sp.people[static_cast<std::size_t>(e->second)].name;
                } else {
                    who = unit_person(q.open);
                    // ("Secondo l'assessore ai lavori, la crepa si è allargata. «Q», ha spiegato.": the paragraph's
                    // quote before, cued, whose mention named no one, is whom the verb carries on with: its mention,
                    // no speaker)
                    if (const Quote* prev = ex.quotes.empty() ? nullptr : &ex.quotes.back();
                        !who && prev != nullptr && prev->where == u.where && prev->section == u.section &&
                        prev->paragraph == u.paragraph && prev->cue && prev->mention && !prev->speaker) {
                        out.mention = prev->mention;
                        ex.add(out, std::nullopt);
                        found = true;
                        break;
                    }
                    if (!who)
                        who = writer_paragraph_person(true);
                }
                ex.add(out, who ? who : ex.last_speaker);
                found = true;
                break;
            }
        } else if (ci > k0 && (ws[k0].low == "," || k0 + 1 <= ci)) {
            // "„Q“, wie es in dem Bericht heißt", "“Q,” as the report puts it": the words between the quote
            // and an impersonal cue name the document, no speaker ([impersonal_cues], apart_phrase).
            if (auto imp = impersonal_cue(ws, ci, cend, ex.sp)) {
                cite_document(ex, out, s, ws, *imp);
                found = true;
                break;
            }
            // "«Q» en el puerto de Vado, según dijeron a La Voz dos fuentes": an according phrase whose subject
            // follows it has none before it (the words between are a place, an object).
            if (auto acc = according_at(*this, ci)) {
                out.mention = span_text(s, ws, acc->m_first, acc->m_last);
                out.cue = span_text(s, ws, acc->cue_first, acc->cue_last);
                ex.add(out, ex.resolve(s, ws, acc->m_first, acc->m_last, base + ws[acc->m_first].b));
                found = true;
                break;
            }
            // "Q," X said — the words between the quote and the cue are the subject.
            std::size_t first = k0;
            while (first < ci && ws[first].punct)
                ++first;
            // "Q," the mayor, Markus Hollerer, said: commas may set off an apposition inside the subject.
            std::size_t last = ci - 1;
            while (last > first && ws[last].low == ",")
                --last;
            // "Ann Roe has used the phrase “Q” often, and criticized Jo Lee": a conjunction right before the cue
            // coordinates it with the verb of the sentence's subject, the name the sentence opens with. So does a
            // coordinating word ([coordinating_words]) with no comma: 'pediu "calma" na leitura dos números e lembrou
            // que', 'urged "calm" in reading the figures and recalled that': the words before it end the clause of the
            // verb before the quote, no subject of the cue. (Not where the quote stands in a clause that [that] opens,
            // "Jim Hale was told that the state was “Q” to the dam and had warned": that clause's subject has it; nor
            // after an earlier cue, "Ann Roe warned against a “Q” in her speech and ...": outer_cue, below.)
            const auto main_clause = [&] {
                for (std::size_t j = word_index(at.sent_b); j < ws.size() && ws[j].b < q.open; ++j)
                    if (!ws[j].punct && in_list(ex.sp.lexs, "that", ws[j].low))
                        return false;
                return true;
            };
            if (first < last && !ws[last].punct &&
                ((ws[last - 1].low == "," && in_list(ex.sp.lexs, "sentence_openers", ws[last].low)) ||
                 (!ws[last - 1].punct && in_list(ex.sp.lexs, "coordinating_words", ws[last].low) && main_clause() &&
                  !outer_cue(*this, at.sb, q.open)))) {
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
                if (clean && content && !new_clause)
                    helper_bounds(ws, first, last, ex.sp); // ("„Q“, soll der Bürgermeister gesagt haben")
                if (clean && content && !new_clause && first <= last) {
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
        out.cue = cue_text;
        ex.add(out, ex.resolve(s, ws, m->first, m->second, base + ws[m->first].b));
        found = true;
        break;
    }
    return found;
}

} // namespace quoting
} // namespace archive
