// The reporting clause of indirect speech (indirect_speech(), quote_indirect.cpp): which speech words of a sentence
// without quote marks are its cues (not a phrase for quote marks only, a noun, a participle followed by its object),
// and the cue's subject: a name and its asides or apposition before the cue's comma, the subject after a fronted
// phrase or between a separable verb and its particle, and what is none (a passive's, the verb's object).
#include "quote_ages.hpp"
#include "quote_cues.hpp"
#include "quote_descriptions.hpp"
#include "quote_extractor.hpp"
#include "quote_indirect_parts.hpp"
#include "quote_nouns.hpp"
#include "quote_reader.hpp"
#include "quote_trades.hpp"
#include "quote_word_tags.hpp"
#include "text.hpp"

#include <algorithm>

namespace archive::quoting {

// A cue of [quote_mark_phrases] ("put it", "has put it"), which attributes words in quote marks only.
bool quote_mark_phrase(std::string_view cue, const std::vector<const Lexicon*>& lexs) {
    const std::string low = text::lower(cue);
    for (const Lexicon* lex : lexs)
        for (const auto& ph : entries_of(lex, "quote_mark_phrases"))
            if (low == ph || (ends_after(low, ph, 1) && low[low.size() - ph.size() - 1] == ' ')) // (" " + ph)
                return true;
    return false;
}

// "..., writing to a small server", "..., sending to the office": a cue of one word in a participle's form
// ([participle_endings]) is never followed by its subject; the words after it are its object.
bool participle_cue(std::string_view cue, const std::vector<const Lexicon*>& lexs) {
    if (cue.find(' ') != std::string_view::npos)
        return false;
    const std::string low = text::lower(cue);
    for (const Lexicon* lex : lexs)
        for (const auto& end : entries_of(lex, "participle_endings"))
            if (ends_after(low, end, 2))
                return true;
    return false;
}

// "One woman, who ...", "Two sources, who ...", "Due funzionari, che ...", "Varios vecinos, que ...": a word counting
// the people a description names (a figure, [cardinal_words], [quantifier_words], or [count_determiner_words], "one",
// "several") opens it as an article does.
bool count_determiner(std::string_view low, const Speakers& sp) {
    return counted_word(low, sp) || in_list(sp.lexs, "count_determiner_words", low);
}

// "La députée de la circonscription, Aurélie Massot, a demandé un moratoire.", "Der Sprecher des Hafens, Paul Roth,
// forderte eine Prüfung.": the words before the cue's comma (`ws` up to `comma`) are its subject, an article's noun
// phrase and the name set off after it by commas, not what was said; an inverted clause after it ("..., a demandé
// un moratoire") names no speaker then. A short phrase of words without punctuation opened by an article, then one
// to three capitalised words between two commas.
// ("La portavoz de la asociación de madres y padres, Rosa Calvo, criticó el cierre": a phrase of a role and what it is
// of, twelve words at most; "Una madre, Sara T., 36 anni, ha raccontato di ...", "Un marinero, Iván P., de 24 años,":
// an age after the name, set off by a comma, and a surname's initial with its dot are the subject's too)
bool subject_with_apposition(const std::vector<Word>& ws, std::size_t comma, const Speakers& sp) {
    const std::size_t most_phrase = 12, most_name = 3, most_age = 3;
    // (", 36 anni", ", de 24 años", ", 17 ans": a figure among a few words between the name and the cue's comma)
    std::size_t age = comma;
    while (age > 0 && !ws[age - 1].punct && comma - age < most_age)
        --age;
    if (age < comma && age >= 2 && ws[age - 1].low == "," &&
        std::any_of(ws.begin() + static_cast<std::ptrdiff_t>(age), ws.begin() + static_cast<std::ptrdiff_t>(comma),
                    [](const Word& w) { return text::is_digit(static_cast<unsigned char>(w.low.front())); }))
        comma = age - 1;
    std::size_t name_first = comma;
    if (comma >= 3 && ws[comma - 1].low == "." && initial_surname_end(ws, comma - 3, sp) == comma - 1)
        name_first = comma - 3;
    else
        while (name_first > 0 && !ws[name_first - 1].punct && ws[name_first - 1].upper && comma - name_first <= most_name)
            --name_first;
    if (name_first == comma || comma - name_first > most_name || name_first < 2 || ws[name_first - 1].low != ",")
        return false;
    const std::size_t phrase_end = name_first - 1;
    // ("Son avocate, Me Lise Morel, a plaidé l'acquittement.", "Sein Anwalt, Jan Roth, forderte einen Freispruch.": a
    // possessive determiner opens the phrase as an article does; "Counsel for Hogan, Fergal Noonan SC, told the court
    // ...": so does a role noun with no article, capitalised first in the sentence; "Jedna z mieszkanek Zalesia, Anna
    // Kowal, powiedziała, że ...", "One of the councillors, Tom Vale, said ...": and a word counting the people)
    if (phrase_end > most_phrase ||
        (!has_tag(sp.lexs, WordTags::article, ws[0].low) &&
         !in_list(sp.lexs, "possessive_determiner_words", ws[0].low) && !(ws[0].upper && role_noun(ws[0].low, sp)) &&
         !count_determiner(ws[0].low, sp)))
        return false;
    return std::none_of(ws.begin(), ws.begin() + static_cast<std::ptrdiff_t>(phrase_end),
                        [](const Word& w) { return w.punct; });
}

// "7.45am", "3,5 km", "10:30": a mark ws[j] glued between two digits is part of a figure, no punctuation of the
// sentence.
bool figure_mark(const std::vector<Word>& ws, std::size_t j) {
    if (j == 0 || j + 1 >= ws.size() || !ws[j].punct || ws[j - 1].e != ws[j].b || ws[j].e != ws[j + 1].b)
        return false;
    const std::string_view a = ws[j - 1].low, b = ws[j + 1].low;
    return !a.empty() && !b.empty() && text::is_digit(static_cast<unsigned char>(a.back())) &&
           text::is_digit(static_cast<unsigned char>(b.front()));
}

// ws[j] opens a second clause joined to the reporting one after its comma: a coordinating word ([coordinating_words])
// and a word after it ("..., Mark Chen said, and can reduce ...", "..., Ana Ruiz dijo, y el parque ..."). The
// attribution closes what was said before it all the same.
bool joined_after_comma(const std::vector<Word>& ws, std::size_t j, const Speakers& sp) {
    return j > 0 && j + 1 < ws.size() && ws[j - 1].low == "," && !ws[j + 1].punct &&
           in_list(sp.lexs, "coordinating_words", ws[j].low);
}

// A dash set off by spaces: "–", "—", or a hyphen standing for one.
bool dash_word(const Word& w) {
    return w.punct && (w.low == "-" || w.low == "\u2013" || w.low == "\u2014");
}

namespace {

// The marks that set off an aside after a sentence's subject: two commas, or two dashes ("La edil —que presentó el
// plan— explicó que ...", "The mayor – a former ferry captain – said ..."), the closing one ws[close].
bool aside_mark(const Word& w, const Word& close) {
    return dash_word(close) ? dash_word(w) : w.low == ",";
}

// The words ws[first..comma-1], set off by commas after the subject opening the sentence and closed by the cue's comma
// at `comma`, are an aside, no reported words: a relative clause ([relative_words]; Spanish and Italian open one with
// their word for "that" too, "que", "che"; German with an article, its verb closing it lower-case: "der seit Jahren
// dort arbeitet"), or with `apposition` a noun phrase an article opens ("a former mayor of the town", "a nurse who
// grew up here"). Two to fourteen words without punctuation.
bool aside(const std::vector<Word>& ws, std::size_t first, std::size_t comma, const Speakers& sp, bool apposition) {
    const std::size_t most_clause = 14;
    if (first + 1 >= comma || comma - first > most_clause)
        return false;
    for (std::size_t j = first; j < comma; ++j)
        if (ws[j].punct && !figure_mark(ws, j))
            return false;
    const std::string_view w = ws[first].low;
    if (in_list(sp.lexs, "relative_words", w) || in_list(sp.lexs, "that", w))
        return true;
    const bool article = has_tag(sp.lexs, WordTags::article, w);
    // ("María Ruiz, madre de dos hijos, habló ...", "Mark Evans, mayor of the town, spoke ...", "Petra Hoffmann,
    // Mutter von zwei Kindern, sprach ...": an apposition may open with its noun, a role, a trade or a relative,
    // with no article)
    if (apposition && !article &&
        (role_noun(w, sp) || trade_noun(w, sp) || in_list(sp.lexs, "kin_words", w)))
        return true;
    return article && (apposition || (sp.capitalised_nouns && !ws[comma - 1].upper));
}

// "Jordan Kirkby, 27, said ...", "Kayleigh Brandon, 32, of Walsall, said ...", "Marie Dubois, 32 ans, a déclaré
// que ...", "Tushar Bhandari, appearing for the Centre, said ...": the words ws[first..comma-1] after a name opening
// the sentence are short asides set off by commas, each an age (age_aside: "27", "32 ans", "aged 27"), where the person
// is from or what they belong to (a word of [hometown_link_words] and one to six words: "of Heaton Norris", "aus
// Passau", "of Northvale Fire and Rescue Service", "of the fire service"), a participle phrase (a word of a gerund's
// ending, [gerund_ending_words], in small letters, and five words after it at most: "appearing for the Centre"), or an
// apposition (aside).
bool name_asides(const std::vector<Word>& ws, std::size_t first, std::size_t comma, const Speakers& sp) {
    const std::size_t most_place = 6, most_region = 4, most_phrase = 6, most_words = 14;
    if (first >= comma || comma - first > most_words)
        return false;
    bool after_place = false;
    for (std::size_t b = first; b < comma;) {
        std::size_t e = b;
        while (e < comma && ws[e].low != ",")
            ++e;
        if (e == b)
            return false;
        // ("Jo Wilson, of Springfield, Va., said ...", "of Lyon, France,": the region or country after a place, one or
        // two capitalised words, abbreviated with their dots perhaps)
        const bool region =
            after_place && e - b <= most_region &&
            std::all_of(ws.begin() + static_cast<std::ptrdiff_t>(b), ws.begin() + static_cast<std::ptrdiff_t>(e),
                        [](const Word& w) { return w.punct ? w.low == "." : w.upper; });
        after_place = false;
        if (region) {
            b = e < comma ? e + 1 : e;
            continue;
        }
        for (std::size_t j = b; j < e; ++j)
            if (ws[j].punct)
                return false;
        const bool age = !age_aside(ws, b, e, sp).empty();
        const bool place =
            !age && e - b >= 2 && e - b <= most_place + 1 && in_list(sp.lexs, "hometown_link_words", ws[b].low);
        const bool phrase =
            !age && !place && e - b >= 2 && e - b <= most_phrase && !ws[b].upper && gerund_word(ws[b].low, sp.lexs);
        // (after an age or a place, an apposition or a relative clause too: "Ruth Hale, 19, a student at the college,",
        // "Gina Platt, head of the parish council, which meets on Mondays,"; or a count of a group: "Eric Dunmore, one
        // of the founders of the club,")
        const bool apposition = !age && !place && !phrase &&
                                (aside(ws, b, e, sp, true) || (e - b >= 3 && count_determiner(ws[b].low, sp) &&
                                                               in_list(sp.lexs, "hometown_link_words", ws[b + 1].low)));
        if (!age && !place && !phrase && !apposition)
            return false;
        after_place = place;
        b = e < comma ? e + 1 : e;
    }
    return true;
}

} // namespace

// "..., said she had been asleep ...", "..., told Reuters the talks could take place ...": the words after a cue at the
// end of a clause (from `j`) open a clause of their own, no inverted subject: a subject pronoun with a word after it,
// or a finite helper verb ([finite_helper_words], lower-case) among the next six words before any punctuation or
// relative word ("..., said the man who had found her" names its subject).
bool clause_after_cue(const std::vector<Word>& ws, std::size_t j, const Speakers& sp) {
    const std::size_t most_words = 6;
    if (j + 1 >= ws.size() || ws[j].punct)
        return false;
    if (in_list(sp.lexs, "subject_pronoun_words", ws[j].low) && !ws[j + 1].punct)
        return true;
    for (std::size_t k = j + 1; k < ws.size() && k <= j + most_words && !ws[k].punct; ++k) {
        if (in_list(sp.lexs, "relative_words", ws[k].low) || in_list(sp.lexs, "that", ws[k].low))
            return false;
        if (!ws[k].upper && in_list(sp.lexs, "finite_helper_words", ws[k].low))
            return true;
    }
    return false;
}

// The subject before an aside that the cue's comma closes (AsideSubject: quote_indirect_parts.hpp).
std::optional<AsideSubject> aside_subject(const std::vector<Word>& ws, std::size_t cue, const Speakers& sp) {
    const std::size_t most_name = 4, most_title = 2, most_description = 7;
    if (cue == 0)
        return std::nullopt;
    const std::size_t comma = cue - 1;
    if (comma >= ws.size() || (ws[comma].low != "," && !dash_word(ws[comma])))
        return std::nullopt;
    // "Board member Harold Pinsent, who ...": a title's small words may stand inside the capitals before the name.
    std::size_t n = 0, small = 0;
    // ("María de los Ángeles Ruiz, madre de ...": a name's particles are small words inside it too)
    while (n < comma && !ws[n].punct &&
           (ws[n].upper || (n > 0 && small < most_title &&
                            (ws[n + 1].upper || (!ws[n + 1].punct && particle_after(ws[n].low, ws[n + 1].low)))))) {
        small += !ws[n].upper;
        ++n;
    }
    if (n > 0 && n <= most_name + small && (small == 0 || (n >= 2 && (ws[n - 2].upper || particle(ws[n - 2].low)))) &&
        aside_mark(ws[n], ws[comma])) {
        // (or the name's own short asides: name_asides)
        if (!aside(ws, n + 1, comma, sp, true) && !name_asides(ws, n + 1, comma, sp))
            return std::nullopt;
        return AsideSubject{{0, n - 1}, !aside(ws, n + 1, comma, sp, false)};
    }
    if (!has_tag(sp.lexs, WordTags::article, ws[0].low) &&
        !in_list(sp.lexs, "possessive_determiner_words", ws[0].low) && !count_determiner(ws[0].low, sp))
        return std::nullopt;
    const WordTags& tags = word_tags(sp.lexs);
    std::size_t d = 1;
    while (d < comma && d < most_description && !ws[d].punct &&
           (tags.of(ws[d]) & (WordTags::auxiliary | WordTags::speech_verb)) == 0 &&
           !in_list(sp.lexs, "finite_helper_words", ws[d].low))
        ++d;
    // (between dashes, an apposition too: "The mayor – a former ferry captain – said ...")
    if (d < 2 || !aside_mark(ws[d], ws[comma]) || !aside(ws, d + 1, comma, sp, dash_word(ws[comma])))
        return std::nullopt;
    return AsideSubject{{0, d - 1}, false};
}

// "..., Bangalore Metro Rail Corporation Limited (BMRCL) managing director M Ravindra Prasad said.", "..., the Port
// of Hobart Authority (PHA) chief executive Tom Vale said.", "..., la Société des transports de Montréal (STM) a
// indiqué mardi.": the
// brackets closing at ws[close] hold a body's short form in capitals after its name, capitalised words (and the small
// words between them, "Port of Hobart Authority (PHA)"): the index of the name's first word, else close + 1.
std::size_t body_with_acronym(const std::vector<Word>& ws, std::size_t close, const Speakers& sp) {
    const std::size_t most_words = 8;
    if (close < 3 || ws[close].low != ")" || !ws[close - 1].acronym || ws[close - 2].low != "(")
        return close + 1;
    std::size_t first = close - 2;
    while (first > 0 && close - 2 - first < most_words && !ws[first - 1].punct &&
           (ws[first - 1].upper || (first < close - 2 && ws[first].upper && sp.stopword(ws[first - 1].low) &&
                                    first >= 2 && ws[first - 2].upper && !ws[first - 2].punct)))
        --first;
    return first < close - 2 && ws[first].upper ? first : close + 1;
}

// "He has been harshly criticized for ...", "We're told there is ...": a helper of the passive (or a contracted "are",
// "am") in the two words before the cue at `ci` makes its subject the one spoken to or of, not the speaker.
bool passive_before(const std::vector<Word>& ws, std::size_t ci, const std::vector<const Lexicon*>& lexs) {
    for (std::size_t k = ci; k > 0 && ci - k < 2; --k) {
        const std::string_view w = ws[k - 1].low;
        if (ws[k - 1].punct)
            return false;
        if (in_list(lexs, "passive_helper_words", w) || w.ends_with("'re") || w.ends_with("\u2019re") ||
            w.ends_with("'m") || w.ends_with("\u2019m"))
            return true;
    }
    return false;
}

namespace {

// "Am Mittwoch", "Tuesday", "am späten Abend": the words ws[first..last] name a time, a weekday, a month or a time of
// the day among small words and figures, and no one.
bool time_phrase(const std::vector<Word>& ws, std::size_t first, std::size_t last, const Speakers& sp) {
    bool time = false;
    for (std::size_t j = first; j <= last && j < ws.size(); ++j) {
        const std::string_view w = ws[j].low;
        if (ws[j].punct)
            return false;
        if (time_word(w, sp))
            time = true;
        else if (!sp.stopword(w) && !text::is_digit(static_cast<unsigned char>(w.front())))
            return false;
    }
    return time;
}

} // namespace

// "Am Mittwoch sagte ...", "Gestern erklärte ...", "Op woensdag zei ...", "In einem Interview sagte ...": the words
// ws[0..ci-1] before the verb at `ci` are a fronted phrase, no subject: a time, a phrase a preposition opens, or
// adverbs of [fronted_adverb_words] and [relative_day_words]; in a language whose finite verb comes second ([quote_conventions]
// "verb second"), its subject follows it then. (At most five words, without punctuation.)
bool fronted_phrase(const std::vector<Word>& ws, std::size_t ci, const Speakers& sp) {
    const std::size_t most = 5;
    if (ci == 0 || ci > most || !in_list(sp.lexs, "quote_conventions", "verb second"))
        return false;
    if (std::any_of(ws.begin(), ws.begin() + static_cast<std::ptrdiff_t>(ci), [](const Word& w) { return w.punct; }))
        return false;
    if (time_phrase(ws, 0, ci - 1, sp) || (ci >= 2 && has_tag(sp.lexs, WordTags::preposition, ws[0].low)))
        return true;
    return std::all_of(ws.begin(), ws.begin() + static_cast<std::ptrdiff_t>(ci), [&](const Word& w) {
        return in_list(sp.lexs, "fronted_adverb_words", w.low) || in_list(sp.lexs, "relative_day_words", w.low);
    });
}

// The cue's subject before it (mention_before), but "Am Mittwoch teilte die Sprecherin mit, dass ...": a time opening
// the clause is no subject; the verb's subject comes right after the verb at `ci`, before the cue's end `cend` (its
// particle). So too where the verb and its particle hold a subject's opening word ([subject_opening_words]) and
// the clause does not open with one: "Erst gestern kündigte der Konzern an, ...", "Dennoch gibt er an, ...".
std::optional<std::pair<std::size_t, std::size_t>> subject_before(Extractor& ex, const std::vector<Word>& ws,
                                                                  std::size_t ci, std::size_t cend) {
    const auto before = ex.mention_before(ws, ci);
    // The words after the verb up to its particle: a pronoun, or an article, perhaps adjectives, then capitalised
    // words ("der Konzern", "die Sprecherin Jana Keller").
    auto after = [&]() -> std::optional<std::pair<std::size_t, std::size_t>> {
        const std::size_t first = ci + 1, particle = cend - 1;
        if (char g = 'x'; ex.sp.pronoun(ws[first].low, g))
            return std::make_pair(first, first);
        std::size_t j = first + 1;
        while (j < particle && !ws[j].punct && !ws[j].upper)
            ++j;
        if (j >= particle || ws[j].punct)
            return std::nullopt;
        while (j + 1 < particle && !ws[j + 1].punct && ws[j + 1].upper)
            ++j;
        return std::make_pair(first, j);
    };
    if (before && time_phrase(ws, before->first, before->second, ex.sp))
        return after();
    if (cend > ci + 2 && ci > 0 && in_list(ex.sp.lexs, "subject_opening_words", ws[ci + 1].low)) {
        std::size_t clause = ci;
        while (clause > 0 && !ws[clause - 1].punct)
            --clause;
        if (!in_list(ex.sp.lexs, "subject_opening_words", ws[clause].low))
            if (auto m = after())
                return m;
    }
    return before;
}

std::optional<std::pair<std::size_t, std::size_t>> separated_subject(Extractor& ex, const std::vector<Word>& ws,
                                                                     std::size_t ci, std::size_t cend,
                                                                     std::string_view cue_text) {
    if (cend < ci + 3 || static_cast<std::size_t>(std::count(cue_text.begin(), cue_text.end(), ' ')) + 1 >= cend - ci)
        return std::nullopt;
    auto between = ex.mention_after(ws, after_time_phrase(ws, ci + 1, ex.sp));
    if (!between || between->first >= cend - 1)
        return std::nullopt;
    between->second = std::min(between->second, cend - 2);
    // ("„Q“, führte er weiter aus": an adverb of the cue, [cue_adverbs], before the particle is no part of the
    // subject, as mention_after drops it before a mark or a small word: "teilte er weiter mit")
    while (between->second > between->first && !ws[between->second].upper &&
           has_tag(ex.sp.lexs, WordTags::cue_adverb, ws[between->second].low))
        --between->second;
    return between;
}

std::size_t after_time_phrase(const std::vector<Word>& ws, std::size_t k, const Speakers& sp) {
    const std::size_t most = 4;
    std::size_t last = k;
    bool found = false;
    // (opened by a preposition, "am", "on", "op": "said Mar Quintero" names no month, "sagte er am Abend" has its
    // subject first)
    if (k >= ws.size() || ws[k].punct || !has_tag(sp.lexs, WordTags::preposition, ws[k].low))
        return k;
    for (std::size_t j = k; j < ws.size() && j < k + most && !ws[j].punct; ++j) {
        const std::string_view w = ws[j].low;
        if (time_word(w, sp)) {
            last = j;
            found = true;
        } else if (!sp.stopword(w) && !text::is_digit(static_cast<unsigned char>(w.front()))) {
            break;
        }
    }
    // (ws[k..last] is a time phrase, each word read above; and a subject after it, no other complement: "sagte am
    // Abend vor Journalisten")
    if (!found || last + 1 >= ws.size() || ws[last + 1].punct ||
        has_tag(sp.lexs, WordTags::preposition, ws[last + 1].low))
        return k;
    return last + 1;
}

namespace {

// The index of the word where cue c begins in ws.
std::size_t cue_word(const std::vector<Word>& ws, const Cue& c) {
    return word_at_byte(ws, c.begin);
}

} // namespace

// "Contributors contributed to this report.", "... the claims that ...": a speech word used as a noun is no cue
// (cue_used_as_noun). And where the sentence closes on its own attribution, "..., the Transportation Department said
// (on Wednesday).", a speech word earlier in it that a lower-case word (a verb, "to settle claims that", "faces
// claims that"; a common noun) opens before "that" is a noun or a clause inside what the closing subject says: the
// closing attribution is the cue.
void drop_noun_cues(std::vector<Cue>& cues, const std::vector<Word>& sw, const Speakers& sp) {
    std::erase_if(cues, [&](const Cue& c) {
        return cue_used_as_noun(sw, cue_word(sw, c), c, sp.lexs) || infinitive_cue(sw, cue_word(sw, c), c, sp.lexs);
    });
    if (cues.size() < 2)
        return;
    // (the closing cue: its subject or its adverbs after it, up to eight words with no mark but the sentence's last
    // and no "that": ", the regulator said on Tuesday.", ", a indiqué la direction régionale.")
    const std::size_t last = cue_word(sw, cues.back());
    std::size_t end = last;
    while (end < sw.size() && sw[end].b < cues.back().end)
        ++end;
    for (const std::size_t cend = end; end < sw.size() && !sw[end].punct && end - cend < 8 &&
                                       !in_list(sp.lexs, "that", sw[end].low);)
        ++end;
    if (last < 2 || (end < sw.size() && !(end + 1 == sw.size() && (sw[end].low == "." || sw[end].low == "!"))))
        return;
    // (its subject: up to six words after the comma closing what is said, a body's name counted as none)
    std::size_t comma = last;
    for (std::size_t counted = 0; comma > 0 && counted < 6;) {
        if (!sw[comma - 1].punct) {
            --comma;
            ++counted;
        } else if (const std::size_t body = body_with_acronym(sw, comma - 1, sp); body < comma) {
            comma = body;
        } else {
            break;
        }
    }
    if (comma == 0 || sw[comma - 1].low != ",")
        return;
    std::erase_if(cues, [&](const Cue& c) {
        const std::size_t i = cue_word(sw, c);
        char g = 'x';
        return i > 0 && i + 1 < comma && c.pronoun.empty() && c.end == sw[i].e && !sw[i - 1].punct &&
               !sw[i - 1].upper && !sp.pronoun(sw[i - 1].low, g) &&
               !has_tag(sp.lexs, WordTags::auxiliary, sw[i - 1].low) && in_list(sp.lexs, "that", sw[i + 1].low);
    });
}

// "Jak dodał, Rosja ...", "Come ha poi aggiunto, la tenda ...": a sentence opened by a word of
// [comparative_opener_words], then its cue (comparative_cue: its auxiliary and clitics before it) and a comma right
// after it, in a language whose verbs drop their subject ([subject_drop]): the cue's index, else 0.
std::size_t subjectless_comparative_cue(const Extractor& ex, const std::vector<Word>& sw) {
    if (sw.size() < 8 || sw[0].punct || sw[1].punct || !in_list(ex.sp.lexs, "comparative_opener_words", sw[0].low))
        return 0;
    for (std::size_t ci = 1; ci <= 3; ++ci) {
        if (sw[ci].punct)
            return 0;
        if (sw[ci + 1].low == "," && (word_tags(ex.sp.lexs).of(sw[ci]) & WordTags::speech_verb) &&
            ex.comparative_cue(sw, ci))
            return in_list(ex.sp.lexs, "subject_drop", "yes") ? ci : 0;
    }
    return 0;
}

namespace {

// "Martin & Fils, sous-traitant spécialisé dans les boîtiers, a annoncé ...", "Northwind Ltd, a maker of ferry
// engines, confirmed ...": the words before the cue's comma at `comma` are a subject and its apposition, the sentence
// opening with one to four capitalised words (an "&" between them), no sentence adverb ("Cependant, ..."), then a
// comma and two to twelve words without punctuation up to `comma`, the first in lower case. (quotes80) So too a
// subject of an article and one lower-case noun before the name or in its place ("La société Marcova, basée à Lyon,
// annonce ...", "A empresa, com sede em Joinville, lança ..."), a small word between two capitalised ones of the
// name ("A Brenvale Corretora de Seguros, com sede em ..."), and a place's acronym in brackets closing the apposition
// ("com sede em Joinville (SC)").
bool name_then_apposition(const std::vector<Word>& sw, std::size_t comma, const Speakers& sp) {
    const std::size_t most_name = 6, most_phrase = 12;
    std::size_t i = 0;
    if (comma > 2 && !sw[0].punct && has_tag(sp.lexs, WordTags::article, sw[0].low) && !sw[1].punct && !sw[1].upper &&
        !sp.stopword(sw[1].low))
        i = 2;
    const auto small_inside = [&sw, &sp](std::size_t j) {
        return j > 0 && j + 1 < sw.size() && !sw[j].punct && sp.stopword(sw[j].low) && sw[j - 1].upper &&
               !sw[j - 1].punct && sw[j + 1].upper && !sw[j + 1].punct;
    };
    while (i < comma && i < most_name &&
           (sw[i].low == "&" || (sw[i].upper && !sw[i].punct) || (i > 1 && small_inside(i))))
        ++i;
    if (i == 0 || i >= comma || sw[i].low != "," || comma - i < 3 || comma - i > most_phrase + 1 || sw[i + 1].upper ||
        sentence_adverb_at(sw, 0, sp.lexs) != 0)
        return false;
    std::size_t end = comma;
    if (end >= i + 5 && sw[end - 1].low == ")" && sw[end - 2].acronym && sw[end - 3].low == "(")
        end -= 3;
    return std::none_of(sw.begin() + static_cast<std::ptrdiff_t>(i + 1), sw.begin() + static_cast<std::ptrdiff_t>(end),
                        [](const Word& w) { return w.punct; });
}

} // namespace

// "Glen Ackers, the state treasurer, dismissed the announcement.", "..., a confirmé la tenue de la réunion.", "...,
// warnte vor einer Eskalation.": the words m after a cue that closes a sentence (the cue at cend's left) are the verb's
// object, not its subject, when a preposition stands right before them, or, where nouns are written in lower case and
// the cue is a verb that takes an object ([object_cue_words]: "dismissed", "a confirmé") after a name of two words
// closing the words before its comma (the subject and its apposition: "The port will reopen, confirmed the harbour
// master." reports), when they are an article and lower-case words none of which names someone (a role, a title,
// anyone's noun, a body's noun, a pronoun).
bool object_after_cue(const std::vector<Word>& sw, std::size_t ci, std::size_t cend,
                      std::pair<std::size_t, std::size_t> m, const Speakers& sp) {
    if (m.first > cend && !sw[m.first - 1].punct && has_tag(sp.lexs, WordTags::preposition, sw[m.first - 1].low))
        return true;
    char g = 'x';
    const auto names_someone = [&sp, &g](const Word& w) {
        return role_noun(w.low, sp) || title_noun(w.low, sp) || anyone_noun(w.low, sp) || sp.pronoun(w.low, g) ||
               in_list(sp.lexs, "body_words", w.low) || in_list(sp.lexs, "body_anaphor_words", w.low);
    };
    // ("David Pritchard, 58, of Elm Grove, admitted fraud at Crown Court.", "Kerry Watts, 34, denied theft.": where
    // nouns are lower-case and the sentence opens with a name of two to four words and its comma, no preposition nor
    // sentence adverb first, the subject and its apposition, one lower-case word right after a cue that takes an
    // object, no article before it and naming no one, is the object: a plea. Not "..., confirmed officials.", whose
    // sentence opens with what is reported.)
    if (!sp.capitalised_nouns && m.first == cend && m.second == cend && cend > 0 && !sw[cend].upper &&
        !sw[cend - 1].punct && in_list(sp.lexs, "object_cue_words", sw[cend - 1].low) && !names_someone(sw[cend])) {
        std::size_t i = 0;
        while (i < ci && i < 4 && sw[i].upper && !sw[i].punct)
            ++i;
        if (i >= 2 && i < ci && sw[i].low == "," && !has_tag(sp.lexs, WordTags::preposition, sw[0].low) &&
            sentence_adverb_at(sw, 0, sp.lexs) == 0)
            return true;
    }
    if (ci < 3 || ((!sw[ci - 2].upper || sw[ci - 2].punct || !sw[ci - 3].upper || sw[ci - 3].punct) &&
                   !name_then_apposition(sw, ci - 1, sp)))
        return false;
    // ("annonce l'ouverture de ...": the article elided into the noun; quotes80)
    const std::string_view head = sw[m.first].low;
    const bool elided =
        after_elision(head).size() < head.size() && has_tag(sp.lexs, WordTags::article, head.substr(0, 1));
    if (sp.capitalised_nouns || m.second == m.first || cend == 0 || sw[cend - 1].punct ||
        !(elided || has_tag(sp.lexs, WordTags::article, head)) ||
        !in_list(sp.lexs, "object_cue_words", sw[cend - 1].low))
        return false;
    for (std::size_t j = m.first + 1; j <= m.second; ++j) {
        const Word& w = sw[j];
        if (w.punct || w.upper || names_someone(w))
            return false;
    }
    return true;
}

// "Mis rodillas dicen que sí, ...", "Mes genoux disent que oui, ...": the subject `m` is a possessive
// ([possessive_determiner_words]) and a lower-case noun, and the word after "that" at t a bare answer ([answer_words])
// followed by punctuation.
bool figure_answer(const std::vector<Word>& ws, std::pair<std::size_t, std::size_t> m, std::size_t t,
                   const Speakers& sp) {
    return m.second == m.first + 1 && t + 2 < ws.size() && ws[t + 2].punct && !ws[m.second].punct &&
           !ws[m.second].upper && in_list(sp.lexs, "possessive_determiner_words", ws[m.first].low) &&
           in_list(sp.lexs, "answer_words", ws[t + 1].low);
}

} // namespace archive::quoting
