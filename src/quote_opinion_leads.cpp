// A view told without quote marks by the preposition opening its sentence (unmarked_opinion_lead): "Pour la ministre,
// cette réforme va trop loin.", "Para la presidenta, el proyecto llega tarde.", "Per il sindaco Marco Ferri, la strada
// va chiusa."; German's, framed by a phrase after its holder (framed_opinion): "Für die Alpenpost ist klar: Die
// Brücke wird teurer.". The same lead before a quoted span is Extractor::opinion_lead's (quote_according.cpp), the
// same frame framed_lead()'s: "Für den Bürgermeister ist klar: „Q“".
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

std::pair<std::size_t, std::size_t> opinion_frame_phrase(const std::vector<Word>& ws, std::size_t first) {
    const std::size_t most_mention = 6;
    static const LexiconSection& phrases = any_language_section("opinion_frame_phrases"); // (merged once)
    for (std::size_t k = first + 2; k < ws.size() && k <= first + most_mention + 1 && !ws[k].punct; ++k)
        if (const std::size_t n = listed_phrase_at(ws, k, phrases); n != 0)
            return {k, n};
    return {0, 0};
}

std::optional<OpinionFrame> opinion_frame(const std::vector<Word>& ws, std::size_t first, const Speakers& sp) {
    if (first >= ws.size() || ws[first].punct || !in_list(sp.lexs, "opinion_frame_words", ws[first].low))
        return std::nullopt;
    const auto [k, n] = opinion_frame_phrase(ws, first);
    if (n == 0 || k + n + 1 >= ws.size() || (ws[k + n].low != ":" && ws[k + n].low != ","))
        return std::nullopt;
    if (std::none_of(ws.begin() + static_cast<std::ptrdiff_t>(first + 1), ws.begin() + static_cast<std::ptrdiff_t>(k),
                     [](const Word& w) { return w.upper && !w.punct; }))
        return std::nullopt;
    std::size_t t = k + n + 1;
    if (ws[k + n].low == "," && in_list(sp.lexs, "that", ws[t].low))
        ++t;
    if (t >= ws.size())
        return std::nullopt;
    return OpinionFrame{k, t};
}

// The view after the frame is an indirect quote whose cue is the opening word as written. Whether a quote was made.
bool framed_opinion(Extractor& ex, const Unit& u, const std::vector<Word>& sw, std::size_t se, std::size_t base) {
    const std::size_t least_words = 4;
    if (sw.size() < least_words + 5)
        return false;
    const auto frame = opinion_frame(sw, 0, ex.sp);
    if (!frame)
        return false;
    const std::string_view s = u.text;
    const std::size_t from = sw[frame->view].b;
    std::string said = reported_words(s.substr(from, se - from));
    if (!has_words(said, static_cast<int>(least_words)))
        return false;
    ex.sp.note_reported(base + from, base + se);
    Quote out = make_quote(u, said, QuoteKind::indirect);
    out.cue = span_text(s, sw, 0, 0);
    out.mention = span_text(s, sw, 1, frame->mention_end - 1);
    ex.add(out, ex.resolve(s, sw, 1, frame->mention_end - 1, base + sw[1].b));
    return true;
}

std::optional<Extractor::According> framed_lead(const Extractor& ex, const std::vector<Word>& ws, std::size_t first,
                                                std::size_t open) {
    const auto frame = opinion_frame(ws, first, ex.sp);
    if (!frame || frame->view != open)
        return std::nullopt;
    return Extractor::According{first, first, first + 1, frame->mention_end - 1};
}

} // namespace archive::quoting
