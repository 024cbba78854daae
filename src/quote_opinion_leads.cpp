// A view told without quote marks by the preposition opening its sentence (unmarked_opinion_lead): "Pour la ministre,
// cette réforme va trop loin.", "Para la presidenta, el proyecto llega tarde.", "Per il sindaco Marco Ferri, la strada
// va chiusa."; German's, framed by a phrase after its holder (framed_opinion): "Für die Alpenpost ist klar: Die
// Brücke wird teurer.". The same lead before a quoted span is Extractor::opinion_lead's (quote_according.cpp).
#include "quote_cues.hpp"
#include "quote_extractor.hpp"
#include "quote_indirect_parts.hpp"
#include "quote_nouns.hpp"
#include "quote_speakers.hpp"
#include "quote_word_tags.hpp"

#include <algorithm>

namespace archive::quoting {

// A sentence `sw` (from byte sb to se of the unit) opened by a word of [opinion_lead_words], a mention naming someone
// (opinion_lead), its comma, then a clause of four words at least: the clause is that person's view, an indirect
// quote whose cue is the preposition as written (the pages' convention: "Pour la ministre, ..." reports the
// minister). The mention must name a person or a body as a quote's would: a role noun, a name of two words or more
// ("la Tribune du Lac"), or someone the page named; "Pour Noël, la ville ...", "Pour Paris, la facture ...", "Pour la
// première fois, ..." name no one. Whether a quote was made.
bool unmarked_opinion_lead(Extractor& ex, const Unit& u, const std::vector<Word>& sw, std::size_t se,
                           std::size_t base) {
    const std::size_t least_words = 4;
    if (sw.size() < least_words + 4 || sw[0].punct || !in_list(ex.sp.lexs, "opinion_lead_words", sw[0].low))
        return false;
    const auto lead = ex.opinion_lead(sw, 0, sw.size());
    if (!lead || lead->m_last + 2 >= sw.size() || sw[lead->m_last + 1].low != ",")
        return false;
    bool someone = false;
    for (std::size_t j = lead->m_first; j <= lead->m_last && !someone; ++j)
        someone = !sw[j].punct && (role_noun(sw[j].low, ex.sp) ||
                                   (sw[j].upper && ex.sp.find_person_lowered(sw[j].low) >= 0));
    if (!someone) {
        const std::vector<Word> head(sw.begin() + static_cast<std::ptrdiff_t>(lead->m_first),
                                     sw.begin() + static_cast<std::ptrdiff_t>(lead->m_last + 1));
        const auto names = names_in(head, ex.sp);
        someone = std::any_of(names.begin(), names.end(), [](const NameSpan& n) { return n.last > n.first; });
    }
    if (!someone)
        return false;
    // ("Para el investigador Juan Ruiz, de la Universidad de Sevilla, la medida ...", "Para o pesquisador Ana Lima,
    // da Universidade do Cerrado, a medida ...": the holder's body, set off by commas after the name, a preposition
    // opening it and a capitalised word in it, is no part of the view, which begins after its comma)
    std::size_t view = lead->m_last + 2;
    if (const std::size_t most_aside = 8; has_tag(ex.sp.lexs, WordTags::preposition, sw[view].low)) {
        std::size_t c = view + 1;
        bool named = false;
        for (; c < sw.size() && c <= view + most_aside && !sw[c].punct; ++c)
            named = named || sw[c].upper;
        if (named && c + 1 < sw.size() && sw[c].low == "," && !sw[c + 1].punct)
            view = c + 1;
    }
    const std::string_view s = u.text;
    const std::size_t from = sw[view].b;
    std::string said = reported_words(s.substr(from, se - from));
    if (!has_words(said, static_cast<int>(least_words)))
        return false;
    ex.sp.note_reported(base + from, base + se);
    Quote out = make_quote(u, said, QuoteKind::indirect);
    out.cue = span_text(s, sw, lead->cue_first, lead->cue_last);
    out.mention = span_text(s, sw, lead->m_first, lead->m_last);
    ex.add(out, ex.resolve(s, sw, lead->m_first, lead->m_last, base + sw[lead->m_first].b));
    return true;
}

// "Für die Alpenpost ist klar: Die Brücke wird teurer.", "Für den Bürgermeister steht fest, dass die Brücke teurer
// wird.": a sentence opened by a word of [opinion_frame_words], a mention of up to six words (a capitalised one among
// them, no mark), a phrase of [opinion_frame_phrases] right after it, then a colon, or a comma and perhaps "that":
// the clause after it is the mention's view, an indirect quote whose cue is the opening word as written. (The phrase
// is the evidence: "Für die Stadt stellten die Zahlungen keinen Nutzen dar" tells no one's view.) Whether a quote was
// made.
bool framed_opinion(Extractor& ex, const Unit& u, const std::vector<Word>& sw, std::size_t se, std::size_t base) {
    const std::size_t least_words = 4, most_mention = 6;
    if (sw.size() < least_words + 5 || sw[0].punct || !in_list(ex.sp.lexs, "opinion_frame_words", sw[0].low))
        return false;
    std::size_t k = 2, n = 0;
    for (; k < sw.size() && k <= most_mention + 1 && !sw[k].punct; ++k)
        if ((n = listed_phrase_at(sw, k, ex.sp.lexs, "", "opinion_frame_phrases")) != 0)
            break;
    if (n == 0 || k + n + 1 >= sw.size() || (sw[k + n].low != ":" && sw[k + n].low != ","))
        return false;
    if (std::none_of(sw.begin() + 1, sw.begin() + static_cast<std::ptrdiff_t>(k),
                     [](const Word& w) { return w.upper && !w.punct; }))
        return false;
    std::size_t t = k + n + 1;
    if (sw[k + n].low == "," && in_list(ex.sp.lexs, "that", sw[t].low))
        ++t;
    if (t >= sw.size())
        return false;
    const std::string_view s = u.text;
    const std::size_t from = sw[t].b;
    std::string said = reported_words(s.substr(from, se - from));
    if (!has_words(said, static_cast<int>(least_words)))
        return false;
    ex.sp.note_reported(base + from, base + se);
    Quote out = make_quote(u, said, QuoteKind::indirect);
    out.cue = span_text(s, sw, 0, 0);
    out.mention = span_text(s, sw, 1, k - 1);
    ex.add(out, ex.resolve(s, sw, 1, k - 1, base + sw[1].b));
    return true;
}

} // namespace archive::quoting
