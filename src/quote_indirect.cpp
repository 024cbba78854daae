// Indirect speech: reported words without quote marks, with their cue and speaker.
#include "classify.hpp"
#include "quote_ages.hpp"
#include "quote_cues.hpp"
#include "quote_descriptions.hpp"
#include "quote_documents.hpp"
#include "quote_extractor.hpp"
#include "quote_nouns.hpp"
#include "quote_reader.hpp"
#include "quote_sourceless.hpp"
#include "quote_trades.hpp"
#include "quote_word_tags.hpp"
#include "text.hpp"

#include <algorithm>

namespace archive::quoting {

namespace {

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

// "PARIS (Reuters) - The port will reopen ..., Jane Doe said.": the agency's dateline opening the paragraph is no
// part of the reported words; where they begin in `s`, from the sentence's start `sb` to its clause's end `end`.
// ("PORTLAND, Ore. — A family of five ..., officials said.": a dateline whose place closes with a dot ends a
// sentence of its own, and leaves the dash after it opening the next one: no reported words open with a dash.)
std::size_t after_dateline(std::string_view s, std::size_t sb, std::size_t end) {
    if (sb != 0) {
        std::size_t b = sb + spaced_dash_at(s, sb);
        while (b > sb && b < end && s[b] == ' ')
            ++b;
        return b < end && s[b] != ' ' ? b : sb;
    }
    auto tag = dateline_tag(s);
    if (!tag || s.rfind(tag->raw, 0) != 0)
        return sb;
    std::size_t b = tag->raw.size();
    while (b < s.size() && s[b] == ' ')
        ++b;
    return b < end ? b : sb;
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
    // ...": so does a role noun with no article, capitalised first in the sentence)
    if (phrase_end > most_phrase ||
        (!has_tag(sp.lexs, WordTags::article, ws[0].low) &&
         !in_list(sp.lexs, "possessive_determiner_words", ws[0].low) && !(ws[0].upper && role_noun(ws[0].low, sp))))
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

// ", adding that ...", ", ajoutant que ...": a participle of adding ([participle_report_words]) at j, right after a
// comma, goes on with more words of the same speaker (UnitReader::participle_reports), no clause of the writer's.
bool adding_after_comma(const std::vector<Word>& ws, std::size_t j, const Speakers& sp) {
    return j > 0 && j < ws.size() && ws[j - 1].low == "," && in_list(sp.lexs, "participle_report_words", ws[j].low);
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

// "One woman, who ...", "Two sources, who ...", "Due funzionari, che ...", "Varios vecinos, que ...": a word counting
// the people a description names (a figure, [cardinal_words], [quantifier_words], or [count_determiner_words], "one",
// "several") opens it as an article does.
bool count_determiner(std::string_view low, const Speakers& sp) {
    return counted_word(low, sp) || in_list(sp.lexs, "count_determiner_words", low);
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

// "Alasdair Munro, who runs a haulage firm, said ...", "Marc Roux, qui dirige le club, a affirmé que ...", "Ana Ruiz,
// quien dirige el club, dijo que ...", "Tom Vale, a former mayor of the town, said the plan ...": a name opening the
// sentence, then an aside (a relative clause, or an apposition) up to the comma before the cue at `cue`: the name is
// the cue's subject. So too "A nurse at the clinic, who asked not to be named, said that ...", "One woman, who ...,
// said ..." (a count opening it, count_determiner), "Un ingénieur de la
// station, qui y travaille depuis vingt ans, reconnaît que ...", "Ein Arzt der Klinik, der seit Jahren dort arbeitet,
// sagt, ...": a description opening the sentence (an article or a possessive, then up to six words with no helper verb
// nor cue, [finite_helper_words]: "The port will close soon, which ..., said X" reports a sentence), then a relative
// clause. The aside may be set off by two dashes as well: "La edil —que presentó el plan junto al alcalde— explicó
// que ...", "Der Wirt – der das Lokal seit 1990 führt – sagte, ...". The subject's words, or nothing.
struct AsideSubject {
    std::pair<std::size_t, std::size_t> subject;
    bool apposition = false; // the aside is an apposition, part of the mention where the words before the cue give it
};
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

// "The port board, which argued that small boats could not pay, is now ...", "..., the fine imposed by the Port
// Authority, which contended that X, is a good example ...", "La commission, qui a affirmé que X, est ...", "La
// comisión, que afirmó que X, es ...", "La commissione, che ha affermato che X, è ...": a cue at `ci` whose subject is
// a relative word ([relative_words]; an auxiliary may stand between) right after a comma sits in a relative clause set
// off by commas; what it reports ends at the comma that closes that clause, the first comma from the reported words'
// first word `from`, where a finite helper verb of the main clause follows it ([finite_helper_words], lower-case; not
// "that the levy, a tax on ferries, was unfair", whose first comma opens an apposition). That comma's byte, else `se`.
std::size_t relative_clause_end(const std::vector<Word>& ws, std::size_t ci, std::size_t from, std::size_t se,
                                const Speakers& sp) {
    std::size_t r = ci;
    while (r > 0 && !ws[r - 1].punct && has_tag(sp.lexs, WordTags::auxiliary, ws[r - 1].low))
        --r;
    if (r < 2 || ws[r - 2].low != "," || ws[r - 1].punct || !in_list(sp.lexs, "relative_words", ws[r - 1].low))
        return se;
    for (std::size_t j = from; j + 1 < ws.size(); ++j)
        if (ws[j].low == ",")
            return !ws[j + 1].punct && !ws[j + 1].upper && in_list(sp.lexs, "finite_helper_words", ws[j + 1].low)
                       ? ws[j].b
                       : se;
    return se;
}

// "Le maire, Alain Brossard, s'est voulu rassurant : aucune substance n'a été relevée dans la nuit, a-t-il indiqué.",
// "The harbour master Ann Roe was blunt: the ferry would stop running in May, she said.", "Der Wirt Karl Huber blieb
// gelassen: Die Gäste würden auch im Winter kommen, sagte er.": the writer's lead-in naming the speaker ends at a
// colon; the reported words, five at least, begin after it. The words before the colon (`ws` from byte `from`) name
// the speaker, a full name or a person the page knows or a role noun, or hold a speech verb; else they may be the
// speaker's too ("Il y a deux problèmes : le coût et la durée, a-t-il dit.", "There were two problems: ..."). Where
// the reported words begin: after the colon, else `from`; `close` is the word index of the cue's comma.
std::size_t after_lead_in(const std::vector<Word>& ws, std::size_t from, std::size_t close, const Speakers& sp) {
    const std::size_t least_said = 5;
    const std::size_t k = std::min(word_at_byte(ws, from), close);
    std::size_t colon = close;
    for (std::size_t j = k + 1; j < close; ++j)
        if (ws[j].low == ":" && !figure_mark(ws, j))
            colon = j;
    if (colon == close)
        return from;
    std::size_t said = 0;
    for (std::size_t j = colon + 1; j < close; ++j)
        said += !ws[j].punct;
    if (said < least_said)
        return from;
    const WordTags& tags = word_tags(sp.lexs);
    for (std::size_t j = k; j < colon; ++j) {
        const Word& w = ws[j];
        if (w.punct)
            continue;
        const bool full_name = j > k && w.upper && j + 1 < colon && ws[j + 1].upper && !ws[j + 1].punct;
        if (full_name || (w.upper && j > k && sp.find_by_last_name(w.low) >= 0) || role_noun(w.low, sp) ||
            (tags.of(w) & WordTags::speech_verb) != 0)
            return ws[colon + 1].b;
    }
    return from;
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

// "Omdat de dijk verzwakt was, vertelt hij over ...", "Als er 2010 ankam, erzählt er von ...", "Because the ferry
// had stopped, said the harbour master, nobody came": the words before the cue's comma (`ws` from byte `from` up
// to `comma`), one clause without a comma opened by a subordinating conjunction ([clause_conjunction_words]; in
// Dutch "nu", "toen", "als" before a subject's pronoun, [pronoun_clause_conjunction_words]; German "als" before an
// article or a preposition, the clause's last word lower-case, [determiner_clause_conjunction_words]), are a clause put
// before the main one the cue opens, no reported words.
bool fronted_clause(const std::vector<Word>& ws, std::size_t from, std::size_t comma,
                    const std::vector<const Lexicon*>& lexs) {
    std::size_t k = 0;
    while (k < comma && ws[k].b < from)
        ++k;
    for (std::size_t j = k; j < comma; ++j)
        if (ws[j].punct && ws[j].low == ",")
            return false;
    if (k + 1 >= comma)
        return false;
    return in_list(lexs, "clause_conjunction_words", ws[k].low) ||
           (in_list(lexs, "pronoun_clause_conjunction_words", ws[k].low) &&
            in_list(lexs, "subject_pronoun_words", ws[k + 1].low)) ||
           (!ws[comma - 1].upper && in_list(lexs, "determiner_clause_conjunction_words", ws[k].low) &&
            has_tag(lexs, WordTags::article | WordTags::preposition, ws[k + 1].low));
}

// "Das hat der Bischof am Freitag, 19. November, den Gemeinden mitgeteilt.": a participle's helper
// ([participle_auxiliaries]) among the words before the last comma before the cue at `ci`, none after it, and no
// comparative opener after that comma ("Der Plan ist gestoppt, wie die Stadt mitteilte." reports).
bool helper_before_comma(const std::vector<Word>& ws, std::size_t ci, const std::vector<const Lexicon*>& lexs) {
    std::size_t comma = ci;
    while (comma > 0 && ws[comma - 1].low != ",") {
        --comma;
        if (!ws[comma].punct && has_tag(lexs, WordTags::auxiliary, ws[comma].low))
            return false;
    }
    if (comma == 0 || comma >= ci || in_list(lexs, "comparative_opener_words", ws[comma].low))
        return false;
    for (std::size_t j = 0; j + 1 < comma; ++j)
        if (!ws[j].punct && has_tag(lexs, WordTags::auxiliary, ws[j].low))
            return true;
    return false;
}

// "Płaca minimalna wzrośnie od lipca – powiedział minister.", "El puerto cerrará en mayo — dijo el alcalde.": the
// word ws[d] before a cue is a dash closing the reported words, the only dash of the sentence up to it (a pair of
// dashes sets off an insert: "The plan – approved in May – said ...").
bool closing_dash(const std::vector<Word>& ws, std::size_t d) {
    return d < ws.size() && dash_word(ws[d]) &&
           std::none_of(ws.begin(), ws.begin() + static_cast<std::ptrdiff_t>(d), dash_word);
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

// "sagte dazu, der Steg bleibe ...", "Es heißt nun, dass ...", "said later that ...", "a ajouté ensuite que ...":
// one or two adverbs of [report_adverb_words] between the cue ending at word `cend` and its comma or "that"; the word
// after them, else `cend` (not "said later that day": "that" before a time, or a unit of time, is a determiner).
std::size_t after_report_adverbs(const std::vector<Word>& ws, std::size_t cend, const Speakers& sp) {
    const std::size_t most = 2;
    std::size_t k = cend;
    while (k < ws.size() && k < cend + most && !ws[k].punct && in_list(sp.lexs, "report_adverb_words", ws[k].low))
        ++k;
    if (k == cend || k + 1 >= ws.size())
        return cend;
    if (ws[k].low == ",")
        return k;
    static const LexiconSection* time_units = common_lexicon().section("time_units"); // (found once)
    const std::string_view next = ws[k + 1].low;
    if (in_list(sp.lexs, "that", ws[k].low) && !ws[k + 1].punct && !time_word(next, sp) &&
        !(time_units != nullptr && time_units->has(next)))
        return k;
    return cend;
}

// "disse nesta sexta-feira (5) que ...", "disse ainda que ...", "a affirmé jeudi soir que ...", "ha detto ieri che
// ...", "adiantou nesta sexta à RTP que ...": a short gap between the cue and "that", its words a time, an adverb of
// [cue_adverbs] or [report_adverb_words], the day's figure in brackets, and small words (articles, prepositions, no
// pronoun) among them, at least one word of time or adverb. The index of "that" closing the gap; or of a preposition
// opening a capitalised complement after it (the one spoken to, read by the caller); else `k`. (At most six words.)
std::size_t after_cue_gap(const std::vector<Word>& ws, std::size_t k, const Speakers& sp) {
    const std::size_t most = 6;
    bool signal = false;
    std::size_t j = k;
    while (j < ws.size() && j < k + most) {
        const Word& w = ws[j];
        if (w.low == "(" && j + 2 < ws.size() && text::is_digit(static_cast<unsigned char>(ws[j + 1].low.front())) &&
            ws[j + 2].low == ")") {
            j += 3;
            continue;
        }
        // ("powiedział w czwartek, że ...", "sagte am Mittwoch, dass ...": the comma before "that" after the time)
        if (w.punct) {
            if (signal && w.low == "," && j > k && j + 1 < ws.size() && in_list(sp.lexs, "that", ws[j + 1].low))
                ++j;
            break;
        }
        if (in_list(sp.lexs, "that", w.low))
            break;
        if (time_word(w.low, sp) || has_tag(sp.lexs, WordTags::cue_adverb, w.low) ||
            in_list(sp.lexs, "report_adverb_words", w.low) || in_list(sp.lexs, "relative_day_words", w.low)) {
            signal = true;
        } else if (has_tag(sp.lexs, WordTags::preposition, w.low) && j + 1 < ws.size() && ws[j + 1].upper &&
                   !time_word(ws[j + 1].low, sp)) {
            return signal ? j : k; // ("à RTP que": the caller reads the complement)
        } else {
            char g = 'x';
            if (!sp.stopword(w.low) || sp.pronoun(w.low, g))
                return k;
        }
        ++j;
    }
    if (!signal || j == k || j + 1 >= ws.size() || !in_list(sp.lexs, "that", ws[j].low) || ws[j + 1].punct)
        return k;
    // (not "said later that day": "that" before a time or a unit of time is a determiner)
    static const LexiconSection* time_units = common_lexicon().section("time_units"); // (found once)
    const std::string_view next = ws[j + 1].low;
    if (time_word(next, sp) || (time_units != nullptr && time_units->has(next)))
        return k;
    return j;
}

// "am Freitag", "der Agentur Interfax", "gegenüber Journalisten", "Ende Juni in Lübeck", "der regionalen Presse":
// the words ws[first..end-1] are a short complement of a speech verb, a time, a place, the one spoken to, a medium;
// each word capitalised, a figure, a time or a small word, or an adjective before its noun, no pronoun nor negation,
// and the last a noun, a figure or a time ("sagte das Konzert am Freitag ab" closes a verb's particle; "sagte nichts"
// holds its object). (At most six words.)
bool speech_complement(const std::vector<Word>& ws, std::size_t first, std::size_t end, const Speakers& sp) {
    const std::size_t most = 6;
    if (end <= first || end - first > most || end > ws.size())
        return false;
    for (std::size_t j = first; j < end; ++j) {
        const std::string_view w = ws[j].low;
        char g = 'x';
        if (ws[j].punct || sp.pronoun(w, g) || in_list(sp.lexs, "that", w) || in_list(sp.lexs, "negation_words", w))
            return false;
        const bool attribute = Extractor::adjective_like(w) && j + 1 < end && ws[j + 1].upper;
        if (!ws[j].upper && !text::is_digit(static_cast<unsigned char>(w.front())) && !sp.stopword(w) &&
            !time_word(w, sp) && !attribute)
            return false;
    }
    // (a capitalised word opening it is a time, "Mitte Mai", "Freitag"; else the subject after its verb: "In seinem
    // Interview sagte Roth, dass ...")
    if (ws[first].upper && !time_word(ws[first].low, sp) && !(first + 1 < end && time_word(ws[first + 1].low, sp)))
        return false;
    // (an article that may open a subject, [subject_opening_words], opens the one told only before a medium's noun,
    // [medium_words], [outlet_opening_words]: "sagte der Agentur Interfax"; not "wertete das Gericht", "sagte der
    // Minister", the subject after its verb)
    if (in_list(sp.lexs, "subject_opening_words", ws[first].low)) {
        std::size_t n = first + 1;
        while (n < end && !ws[n].upper)
            ++n;
        if (n == end ||
            !(listed_noun(ws[n].low, "medium_words", sp) || listed_noun(ws[n].low, "outlet_opening_words", sp)))
            return false;
    }
    const std::string_view last = ws[end - 1].low;
    return ws[end - 1].upper || text::is_digit(static_cast<unsigned char>(last.front())) || time_word(last, sp);
}

// "sagte am Freitag, man sehe ...", "sagte der Agentur Interfax, dass ...", "erklärte Ende Juni in Lübeck, dass
// ...": in a language whose reported speech follows the cue's comma ([quote_conventions] "reported mood after the
// cue's comma"), a short complement (speech_complement) between the cue ending before ws[k] and that comma; the
// comma's index, else k.
std::size_t comma_past_complement(const std::vector<Word>& ws, std::size_t k, const Speakers& sp) {
    if (k >= ws.size() || ws[k].punct || !in_list(sp.lexs, "quote_conventions", "reported mood after the cue's comma"))
        return k;
    std::size_t j = k;
    while (j < ws.size() && !ws[j].punct)
        ++j;
    return j + 1 < ws.size() && ws[j].low == "," && !ws[j + 1].punct && speech_complement(ws, k, j, sp) ? j : k;
}

// "Die Ministerin hat am Freitag gesagt, der Plan sei ...": in such a language, a cue of one word at ws[ci], the
// comma right after it, whose auxiliary stands before it past a short complement (speech_complement); the
// auxiliary's index, its subject before it, else ci. (Not the clause's first word: "Hat er am Freitag gesagt, ...?";
// nor "Daheim hatte man sie für tot erklärt, ...": pronouns between.)
std::size_t perfect_helper(const std::vector<Word>& ws, std::size_t ci, std::size_t cend, const Speakers& sp) {
    const std::size_t most = 7;
    if (cend != ci + 1 || cend >= ws.size() || ws[cend].low != "," ||
        !in_list(sp.lexs, "quote_conventions", "reported mood after the cue's comma"))
        return ci;
    for (std::size_t a = ci; a > 1 && ci - a < most && !ws[a - 1].punct; --a)
        if (has_tag(sp.lexs, WordTags::auxiliary, ws[a - 1].low))
            return !ws[a - 2].punct && speech_complement(ws, a, ci, sp) ? a - 1 : ci;
    return ci;
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

// "«Das System wird einfacher», sagt Verbundsgeschäftsführer Reto Baumann. Im Durchschnitt sinke der Preis um rund
// 6 Franken.", "Ein Sprecher sagte, die Lage sei ernst. Viele Menschen seien in Panik geflohen.": in a language whose
// reported speech has a mood of its own ([quote_conventions] "reported mood after the cue's comma"), a sentence
// without a cue (its words `sw`) whose verb stands in that mood ([reported_speech_words]) among its first words,
// before any mark, goes on with the words of the paragraph's last quote. Not "Es sei denn, ...", nor a verb opening
// the sentence ("Sei es im Winter ...") or closing a clause ("Wie dem auch sei, ..."), nor a sentence of the writer's
// "ich" or "wir", where "habe", "werde", "seien" may be the indicative or a wish, nor a question; nor the Konjunktiv
// II ([unreal_mood_words]: "Oder hätte es ein Lehrer entdeckt?", "Schädlicher wäre es, wenn ..."), the mood of what
// did not happen.
bool reported_continuation(const std::vector<Word>& sw, const Speakers& sp) {
    const std::size_t most_before = 7, least_words = 5;
    if (sw.size() < least_words || !in_list(sp.lexs, "quote_conventions", "reported mood after the cue's comma"))
        return false;
    if (sw.back().low == "?")
        return false;
    for (const Word& w : sw)
        if (w.low == "ich" || w.low == "wir")
            return false;
    for (std::size_t k = 1; k < sw.size() && k <= most_before && !sw[k].punct && !sw[k - 1].punct; ++k)
        if (in_list(sp.lexs, "reported_speech_words", sw[k].low) && !in_list(sp.lexs, "unreal_mood_words", sw[k].low))
            return k + 1 < sw.size() && !sw[k + 1].punct && sw[k + 1].low != "denn";
    return false;
}

} // namespace

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

// "..., the company said in a statement.", "..., the bank said on Friday in a note to clients.", "..., la empresa dijo
// en un comunicado.": after a cue closing the sentence, up to two short phrases, each a preposition, then a determiner
// or a capitalised word or a figure, and one or two words, with no mark among them; true where the words from `k` are
// such phrases up to the sentence's end (not "..., the people said in the report were dismissed.": a word after a
// phrase that opens none; nor "..., tensions continued to run hot.": an infinitive after "to").
bool complement_phrases_close(const std::vector<Word>& ws, std::size_t k, const Speakers& sp) {
    const std::size_t most_phrases = 2, most_words = 2;
    std::size_t phrases = 0;
    while (k < ws.size() && !ws[k].punct) {
        if (phrases == most_phrases || !has_tag(sp.lexs, WordTags::preposition, ws[k].low))
            return false;
        ++phrases;
        ++k;
        if (k >= ws.size() || ws[k].punct)
            return false;
        if (has_tag(sp.lexs, WordTags::article, ws[k].low) || in_list(sp.lexs, "noun_determiners", ws[k].low))
            ++k;
        else if (!ws[k].upper && !text::is_digit(static_cast<unsigned char>(ws[k].low.front())))
            return false;
        std::size_t words = 0;
        while (k < ws.size() && !ws[k].punct && words < most_words &&
               !has_tag(sp.lexs, WordTags::preposition, ws[k].low) && !sp.stopword(ws[k].low))
            ++k, ++words;
        if (words == 0)
            return false;
    }
    return phrases > 0 && (k >= ws.size() || ws[k].low == "." || ws[k].low == "!") &&
           (k + 1 >= ws.size());
}

// A cue of `cues` after the one at `index`, beginning past the word at `t`, stands after a comma and closes the
// sentence: no mark but its last stop after it ("..., a indiqué son coordinateur Manuel Bompard.", "..., dijo el
// portavoz.", "..., sagte sie."; not "..., a-t-il précisé, sera ...", an aside inside the reported words).
bool closing_cue_after(const std::vector<Word>& ws, const std::vector<Cue>& cues, std::size_t index, std::size_t t) {
    for (std::size_t i = index + 1; i < cues.size(); ++i) {
        if (t >= ws.size() || cues[i].begin <= ws[t].b)
            continue;
        std::size_t k = t;
        while (k < ws.size() && ws[k].b < cues[i].begin)
            ++k;
        if (k < 2 || k >= ws.size() || ws[k - 1].low != ",")
            continue;
        std::size_t j = k;
        while (j < ws.size() && !ws[j].punct)
            ++j;
        if (j + 1 >= ws.size() && (j == ws.size() || ws[j].low == "." || ws[j].low == "!"))
            return true;
    }
    return false;
}

bool may_hold_indirect_speech(const std::vector<Word>& ws, const WordsSeen& seen) {
    // The words that may report below, whatever their place in their sentence (a word that took a dot counts as read
    // without it too: a sentence ending with the dot reads it so). words_into saw them already, but for an inverted
    // verb ("dit-il"), looked for only among the words of a unit with a hyphen.
    if ((seen.tags & (WordTags::speech_verb | WordTags::speech_phrase | WordTags::according)) != 0)
        return true;
    return seen.hyphen && std::any_of(ws.begin(), ws.end(), [](const Word& w) { return !w.punct && inverted_shape(w); });
}

namespace {

// The words an indirect quote reports, from the piece of its sentence: no edge marks, no closing stops.
std::string reported_words(std::string_view piece) {
    std::string said = strip_edge_punct(std::string(piece));
    while (!said.empty() && (said.back() == '.' || said.back() == '!'))
        said.pop_back();
    return said;
}

// The index of the word where cue c begins in ws.
std::size_t cue_word(const std::vector<Word>& ws, const Cue& c) {
    return word_at_byte(ws, c.begin);
}

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

// "Es gebe keine Alternative", "Das sei ein Fehler": four words opening the sentence, none of them punctuation, the
// second or the third a verb of [reported_speech_words] (the Konjunktiv I of reported speech), in a language whose
// reported clause after a cue's comma is told by its mood ([quote_conventions]; not the conditional of fr, it, es,
// which a short sentence also takes in the writer's own words).
bool short_reported_clause(const std::vector<Word>& sw, const Speakers& sp) {
    for (std::size_t i = 0; i < 4; ++i)
        if (sw[i].punct)
            return false;
    return (in_list(sp.lexs, "reported_speech_words", sw[1].low) ||
            in_list(sp.lexs, "reported_speech_words", sw[2].low)) &&
           in_list(sp.lexs, "quote_conventions", "reported mood after the cue's comma");
}

// "man plane den Ausbau", "die Stadt investiere mehr Geld", "der Verband fordere eine Entscheidung", "Berlin
// unterstütze die Kommission": the clause at ws[t] opens with a subject in the singular (a word of
// [singular_subject_words], "man", "er"; an article and a capitalised noun; or a name of one or two words) and its verb
// right after it ends in "e", the Konjunktiv I of a regular verb, which its indicative ("plant", "investiert") does not
// (not "-te", a past: "plante").
bool regular_reported_verb(const std::vector<Word>& ws, std::size_t t, const Speakers& sp) {
    std::size_t v = t;
    if (v < ws.size() && !ws[v].punct && in_list(sp.lexs, "singular_subject_words", ws[v].low))
        v += 1;
    else if (v + 1 < ws.size() && !ws[v].punct && has_tag(sp.lexs, WordTags::article, ws[v].low) &&
             ws[v + 1].upper && !ws[v + 1].punct && !ws[v + 1].acronym)
        v += 2;
    // ("Berlin unterstütze die Kommission", "Friedrich Merz plane den Ausbau": a name of one or two words, no article)
    else if (v + 1 < ws.size() && ws[v].upper && !ws[v].punct && !ws[v].acronym && !sp.stopword(ws[v].low))
        v += v + 2 < ws.size() && ws[v + 1].upper && !ws[v + 1].punct && !ws[v + 1].acronym ? 2 : 1;
    else
        return false;
    if (v >= ws.size())
        return false;
    const Word& w = ws[v];
    return !w.punct && !w.upper && w.low.size() >= 4 && w.low.back() == 'e' && !w.low.ends_with("te") &&
           !sp.stopword(w.low) && !has_tag(sp.lexs, WordTags::article, w.low);
}

// "Editor's note: An earlier version of this article stated that the bypass would cost ...", "Rectificatif : une
// version précédente de cet article indiquait que ...", "Eine frühere Version dieses Artikels besagte, ...": a
// correction note quotes the page's own mistake, no one's speech. A word of [version_words] beside one of
// [earlier_version_words], either way round.
bool correction_note(const std::vector<Word>& sw) {
    static const LexiconSection& versions = any_language_section("version_words"); // (found once)
    static const LexiconSection& earlier = any_language_section("earlier_version_words");
    for (std::size_t j = 0; j < sw.size(); ++j)
        if (!sw[j].punct && versions.has(sw[j].low) &&
            ((j > 0 && earlier.has(sw[j - 1].low)) || (j + 1 < sw.size() && earlier.has(sw[j + 1].low))))
            return true;
    return false;
}

// "said the council had counted ...", "say the costs have not risen": the cue `cue` (as written) ending before ws[t]
// reports the clause after it without "that": a cue of [bare_clause_cue_words], whatever follows; one of
// [helped_bare_clause_cue_words] ("insists", "argue") only where a clause opens there, a determiner or a subject
// pronoun (or one of [bare_clause_subject_words], "insists it will ...", "argue there should be ...") and then,
// among its next four words without a mark, a finite helper verb ([finite_helper_words]: "insists the structure
// will withstand", "argue the money should have gone"; not "insists on a new bridge", "argue the case for ...").
// "at least a dozen roads were closed", "at most 20 people": a phrase of [quantity_opener_phrases] at ws[t], then an
// article, a figure or a number word, opens the clause a cue reports without "that" (its first word a preposition
// of [mention_stops], read alone as a circumstance of the cue: "said at the briefing").
bool quantity_opener(const std::vector<Word>& ws, std::size_t t, const Speakers& sp) {
    if (t + 2 >= ws.size() || ws[t + 1].punct || ws[t + 2].punct)
        return false;
    const Word& n = ws[t + 2];
    if (!has_tag(sp.lexs, WordTags::article, n.low) && !text::is_digit(static_cast<unsigned char>(n.low.front())) &&
        !in_list(sp.lexs, "cardinal_words", n.low))
        return false;
    std::string phrase(ws[t].low);
    phrase += ' ';
    phrase += ws[t + 1].low;
    return in_list(sp.lexs, "quantity_opener_phrases", phrase);
}

// A clause opens at ws[t]: a determiner, a subject pronoun or one of [bare_clause_subject_words] (or, where
// `name_ok`, a capitalised word), then among its next four words without a mark a finite helper verb.
bool helped_clause(const std::vector<Word>& ws, std::size_t t, bool name_ok, const Speakers& sp) {
    const std::size_t most_subject = 4;
    if (t >= ws.size() || ws[t].punct || in_list(sp.lexs, "finite_helper_words", ws[t].low))
        return false;
    char g = 'x';
    // ("told the court his client had ...": a possessive opens a subject as an article does)
    if (!(name_ok && ws[t].upper) && !has_tag(sp.lexs, WordTags::article, ws[t].low) &&
        !has_tag(sp.lexs, WordTags::possessive, ws[t].low) &&
        !in_list(sp.lexs, "noun_determiners", ws[t].low) && !sp.pronoun(ws[t].low, g) &&
        !in_list(sp.lexs, "bare_clause_subject_words", ws[t].low))
        return false;
    for (std::size_t j = t + 1; j < ws.size() && j <= t + most_subject && !ws[j].punct; ++j)
        if (in_list(sp.lexs, "finite_helper_words", ws[j].low))
            return true;
    return false;
}

bool bare_clause(const std::vector<Word>& ws, std::size_t t, std::string_view cue, const Speakers& sp) {
    // (not a clause a helper verb opens, which has no subject: "a provision they say could exclude ...")
    if (t >= ws.size() || ws[t].punct || in_list(sp.lexs, "finite_helper_words", ws[t].low))
        return false;
    if (in_list(sp.lexs, "bare_clause_cue_words", cue))
        return true;
    if (!in_list(sp.lexs, "helped_bare_clause_cue_words", cue))
        return false;
    return helped_clause(ws, t, false, sp);
}

// "told the board the district had lost ...", "told reporters the changes were meant ...", "told the court Pritchard
// had approved ...": a cue of [addressee_cue_words] ending before ws[cend], whose object (the one spoken to) comes
// first, then a clause reported without "that". The object is one lower-case word that is no small word
// ("reporters"), or an article and one to three lower-case words that are no small words ("the board", "the city
// council members"); the clause after it opens as helped_clause() reads one, a capitalised word allowed ("Pritchard
// had").
// Where the clause opens (after the shortest object that gives one), else 0. (Not "told the story of the company
// that was ...": "of" is a small word; not "told the board about ...".)
std::size_t addressee_clause(const std::vector<Word>& ws, std::size_t cend, std::string_view cue_low,
                             const Speakers& sp) {
    if (cend + 3 >= ws.size() || ws[cend].punct || ws[cend].upper || !in_list(sp.lexs, "addressee_cue_words", cue_low))
        return 0;
    const bool article = has_tag(sp.lexs, WordTags::article, ws[cend].low);
    if (!article && sp.stopword(ws[cend].low))
        return 0;
    for (std::size_t t = cend + (article ? 2 : 1); t <= cend + (article ? 4 : 1) && t < ws.size(); ++t) {
        const Word& last = ws[t - 1];
        if (last.punct || last.upper || (t - 1 > cend && sp.stopword(last.low)))
            return 0;
        if (helped_clause(ws, t, true, sp))
            return t;
    }
    return 0;
}

} // namespace

// Indirect speech (no quote marks) in the sentences of a unit without quote marks: "..., a déclaré mardi le chef de
// la diplomatie russe, Sergueï Lavrov.", "X a affirmé que ...", "Selon X, ...", "..., Jane Doe said.".
void indirect_speech(Extractor& ex, const Unit& u, const std::vector<Word>& ws, const std::vector<QuoteSpan>& spans,
                     std::span<const std::pair<std::size_t, std::size_t>> sents, std::size_t base) {
    std::string_view s = u.text;
    // Most sentences report nothing: only a speech verb, an inverted verb ("dit-il"), the first word of a listed
    // speech phrase or, among the first eight words, of an "according" phrase can start what is read below.
    const WordTags& tags = word_tags(ex.sp.lexs);
    // (an according phrase also after a comma, closing the sentence: "..., según el alcalde.")
    auto may_report = [&tags](const Word& w, std::size_t index, const Word* before) {
        if (w.punct)
            return false;
        std::uint16_t t = tags.of(w);
        return (t & (WordTags::speech_verb | WordTags::speech_phrase)) != 0 ||
               ((index < 8 || (before != nullptr && before->low == ",")) && (t & WordTags::according) != 0) ||
               inverted_shape(w);
    };
    // (the words and cues of a sentence read below, in the room of the last sentence's: a vector of its own for each
    // cost it an allocation and a free, or more)
    thread_local std::vector<Word> sw;
    thread_local std::vector<Cue> sentence_cues;
    for (const auto& [sb, se] : sents) {
        // Sentences with quote marks were handled above (spans are sorted by their opening mark).
        auto sp_it = std::lower_bound(spans.begin(), spans.end(), sb,
                                      [](const QuoteSpan& q, std::size_t v) { return q.open < v; });
        bool has_quote = (sp_it != spans.end() && sp_it->open < se) ||
                         (sp_it != spans.begin() && std::prev(sp_it)->close + std::prev(sp_it)->close_len > sb);
        if (has_quote)
            continue;
        auto parts = words_between_parts(s, ws, sb, se, &ex.sp.lexs);
        bool worth_reading = false;
        for (std::size_t k = parts.first; k < parts.inner_end && !worth_reading; ++k)
            worth_reading = may_report(ws[k], k - parts.first, k > parts.first ? &ws[k - 1] : nullptr);
        for (std::size_t k = 0; k < parts.tail.size() && !worth_reading; ++k)
            worth_reading = may_report(parts.tail[k], parts.inner_end - parts.first + k,
                                       k > 0 ? &parts.tail[k - 1]
                                             : parts.inner_end > parts.first ? &ws[parts.inner_end - 1] : nullptr);
        if (!worth_reading) {
            // (the words of the paragraph's last quote, with its speaker, may go on in the mood of reported speech;
            // so may those of someone cued whom the text does not name, "«Q», sagt der Mann. Er habe ...", but not a
            // document's, "heißt es in der Begründung", [impersonal_cues]); and so may the first sentence of the
            // paragraph after the quote's, "«Q», sagte der Angeklagte. / Er habe keine Angst gehabt ...": the mood
            // carries a named speaker over the break (not a mention's, "Das Gericht wertete ... / Der Prozess könne
            // lange dauern, wird vermutet."), from where it goes on sentence by sentence
            const Quote* last = ex.quotes.empty() ? nullptr : &ex.quotes.back();
            const bool opens_next = last != nullptr && last->speaker && last->where == Where::body &&
                                    u.paragraph == last->paragraph + 1 && !ws.empty() && ws.front().b >= sb;
            if (last == nullptr ||
                (!last->speaker && !(last->cue && last->mention &&
                                     !in_list(ex.sp.lexs, "impersonal_cues", text::lower(*last->cue)))) ||
                last->where != u.where || last->section != u.section ||
                (last->paragraph != u.paragraph && !opens_next) || !ex.sp.capitalised_nouns)
                continue;
            words_between_into(sw, ws, std::move(parts));
            if (!reported_continuation(sw, ex.sp))
                continue;
            std::string said = reported_words(s.substr(sb, se - sb));
            Quote out = make_quote(u, said, QuoteKind::indirect);
            out.mention = last->mention;
            ex.add(std::move(out), last->speaker);
            continue;
        }
        words_between_into(sw, ws, std::move(parts));
        if (correction_note(sw))
            continue;
        // "Selon X, ...", "Laut X ...", "According to X, ...": the rest of the sentence is reported speech.
        auto acc = ex.according(sw, 0, 1);
        // ("Selon nos informations, ...", "Selon le calendrier prévu, ...": the writer's own words)
        if (acc && names_no_source(sw, acc->m_first, acc->m_last, ex.sp))
            acc.reset();
        // "Dem Stadtrat Lukas Brandl zufolge wird ...": a postposition after the mention opening the sentence.
        if (!acc)
            if (auto post = ex.according(sw, 1, std::min<std::size_t>(sw.size(), 8));
                post && post->m_last < post->cue_first && post->m_first <= 1 &&
                std::none_of(sw.begin(), sw.begin() + static_cast<std::ptrdiff_t>(post->cue_first),
                             [](const Word& w) { return w.punct; }))
                acc = post;
        // "Come ha spiegato l'assessore Marco Galli, la tenda avrà ...": a comparative lead names the speaker too.
        if (!acc)
            acc = ex.comparative_lead(sw);
        // "Jak dodał, Rosja wystrzeliła ...", "Come ha aggiunto, la tenda ...": a comparative lead whose verb has no
        // subject, in a language that drops it ([subject_drop]): the last speaker's words, where it opens the
        // paragraph (in "Ursula von der Leyen wyraziła zadowolenie. Jak podkreśliła, ..." the subject is the sentence
        // before's, no speaker's).
        if (!acc && ex.last_speaker && !ws.empty() && ws.front().b >= sb)
            if (const std::size_t ci = subjectless_comparative_cue(ex, sw); ci != 0) {
                std::string said = reported_words(s.substr(sw[ci + 2].b, se - sw[ci + 2].b));
                if (has_words(said, 4)) {
                    ex.sp.note_reported(base + sw[ci + 2].b, base + se);
                    Quote out = make_quote(u, said, QuoteKind::indirect);
                    out.cue = span_text(s, sw, 1, ci);
                    ex.add(out, ex.last_speaker);
                    continue;
                }
            }
        if (acc) {
            // ("Según el informe del Servicio de Prevención y Respuesta ante Emergencias (Serpre), ...": the body's
            // short name in brackets, one capitalised word, closes its name, the mention's; quotes80)
            if (const std::size_t o = acc->m_last + 1; acc->m_last >= acc->cue_last && o + 3 < sw.size() &&
                                                       sw[o].low == "(" && sw[o + 1].upper && !sw[o + 1].punct &&
                                                       sw[o + 2].low == ")" && sw[acc->m_last].upper)
                acc->m_last = o + 2;
            std::size_t t = std::max(acc->m_last, acc->cue_last) + 1;
            if (t < sw.size() && sw[t].low == ",")
                ++t;
            // "According to a report, which appeared on Monday, the ...", "Laut einem Bericht, der am Montag
            // erschien, soll ...": a relative clause between commas after the mention is not what is said (a German
            // article opens one when a small word, its verb, closes it)
            if (t < sw.size() && t > 0 && sw[t - 1].low == ",") {
                const bool article = ex.sp.capitalised_nouns && has_tag(ex.sp.lexs, WordTags::article, sw[t].low);
                std::size_t c = t + 1;
                while (c < sw.size() && !sw[c].punct && c - t < 10)
                    ++c;
                // "According to Tom Vale, head of the port authority, the ...", "Segundo o coronel Ricardo Amaral,
                // coordenador estadual da Defesa Civil, a previsão ...": an apposition, a role noun (after an article
                // or not) opening the words up to the next comma, describes the mention and is not what is said.
                // ("Laut Jan Roth, Fondsmanager bei einer Bank, dürfte ...": German capitalises the role noun)
                const std::size_t r = has_tag(ex.sp.lexs, WordTags::article, sw[t].low) ? t + 1 : t;
                const bool apposition =
                    r < c && (ex.sp.capitalised_nouns || !sw[r].upper) && role_noun(sw[r].low, ex.sp);
                if (c + 1 < sw.size() && sw[c].low == "," &&
                    (in_list(ex.sp.lexs, "relative_words", sw[t].low) || (article && !sw[c - 1].upper) || apposition))
                    t = c + 1;
            }
            if (t < sw.size()) {
                std::string said = reported_words(s.substr(sw[t].b, se - sw[t].b));
                if (has_words(said, 4)) {
                    ex.sp.note_reported(base + sw[t].b, base + se);
                    Quote out = make_quote(u, said, QuoteKind::indirect);
                    out.cue = span_text(s, sw, acc->cue_first, acc->cue_last);
                    out.mention = span_text(s, sw, acc->m_first, acc->m_last);
                    ex.add(out, ex.resolve(s, sw, acc->m_first, acc->m_last, base + sw[acc->m_first].b));
                    continue;
                }
            }
        }
        const std::size_t quotes_before = ex.quotes.size();
        cues_with_phrases_into(sentence_cues, s, sw, ex.sp.lexs);
        drop_noun_cues(sentence_cues, sw, ex.sp);
        for (const auto& c : sentence_cues) {
            if (quote_mark_phrase(c.text, ex.sp.lexs))
                continue;
            std::size_t ci = 0;
            while (ci < sw.size() && sw[ci].b < c.begin)
                ++ci;
            std::size_t cend = ci;
            while (cend < sw.size() && sw[cend].b < c.end)
                ++cend;
            // ("..., segundo disse ontem o presidente.": an according word with a speech verb after it is read with
            // its verb, closing_according below)
            if (ci > 0 && sw[ci - 1].low == "," && (tags.of(sw[ci]) & WordTags::according) &&
                past_according_verb(sw, cend, ex.sp) != cend)
                continue;
            // "Senator Tom Harlow (R-Ohio) said he didn't believe the attacks did Whitby in": the clause a subject
            // pronoun opens right after a cue is reported words, whether or not a quote is made of it; a name met
            // there is no antecedent of a later pronoun before the writer's own (Speakers::recent).
            if (cend < sw.size() && ci > 0 && !sw[cend].punct && c.pronoun.empty() &&
                in_list(ex.sp.lexs, "subject_pronoun_words", sw[cend].low))
                ex.sp.note_reported(base + sw[cend].b, base + se);
            // "In der Mitteilung heißt es, ...", "..., hieß es.": a document says it, no one ([impersonal_cues]); the
            // cue holds the words of its phrase.
            const auto imp = impersonal_cue(sw, ci, cend, ex.sp);
            if (imp) {
                ci = imp->first;
                cend = imp->end;
            }
            auto add = [&](Quote& out, std::optional<std::string> spk) {
                if (imp)
                    cite_document(ex, std::move(out), s, sw, *imp);
                else
                    ex.add(std::move(out), std::move(spk));
            };
            // Reporting clause at the end: ", CUE MENTION." (but not a cue opening a clause of what is said: in
            // "Tom Roe, a police spokesman, said on Monday that ..." the words before the comma are its subject)
            // (the words of [that] are stopwords: only those are asked)
            // "A nurse, who asked not to be named, said ...": the subject before an aside that the cue's comma closes
            const std::optional<AsideSubject> aside_subj = aside_subject(sw, ci, ex.sp);
            // The mention: the subject alone before a relative clause ("Marc Roux"), with its apposition where the
            // words before the cue (`read`) give it so ("Ann Roe, the head of the union").
            const auto with_aside = [&aside_subj](auto read) -> std::optional<std::pair<std::size_t, std::size_t>> {
                if (aside_subj && !(aside_subj->apposition && read && read->first == aside_subj->subject.first))
                    return aside_subj->subject;
                return read;
            };
            bool opens_that = false;
            for (std::size_t j = cend; j < sw.size() && j < cend + 4 && !opens_that && !sw[j].punct; ++j)
                opens_that = (tags.of(sw[j]) & WordTags::stopword) && in_list(ex.sp.lexs, "that", sw[j].low);
            // ("Płaca wzrośnie od lipca – powiedział minister pracy Jan Nowak.": where a dash before the cue closes
            // the reported words ([quote_conventions]), it stands for the comma, read in closing_dash; not in German,
            // where "– so auch in Bonn" or "– warfen es um" go on with the writer's words)
            const bool dash = ci >= 6 && closing_dash(sw, ci - 1) &&
                              in_list(ex.sp.lexs, "quote_conventions", "a dash before the cue closes reported words");
            // ("Es gebe keine Alternative, sagte er.", "Das sei ein Fehler, sagte sie.": four words are enough where
            // their second or third is a verb in the mood of reported speech, [reported_speech_words])
            const bool short_reported = ci == 5 && sw[4].low == "," && short_reported_clause(sw, ex.sp);
            // (nor where a clause of its own follows the cue: "One woman, who ..., said she had been asleep",
            // clause_after_cue; the bare clause's reading below takes it)
            if ((ci >= 6 || short_reported) && (sw[ci - 1].low == "," || dash) && !opens_that &&
                !subject_with_apposition(sw, ci - 1, ex.sp) && !aside_subj &&
                (!c.pronoun.empty() || !clause_after_cue(sw, after_time_phrase(sw, cend, ex.sp), ex.sp))) {
                std::optional<std::pair<std::size_t, std::size_t>> m;
                std::string mention;
                // ("zapowiedział w poniedziałek minister pracy", "said on Monday the mayor": a time after the cue is
                // no part of the mention)
                if (!c.pronoun.empty()) {
                    mention = c.pronoun;
                } else if ((cend >= sw.size() || sw[cend].low == ".") &&
                           (m = separated_subject(ex, sw, ci, cend, c.text))) {
                    // ("Het bad gaat dicht, maakte de gemeente maandag bekend.": the subject before the particle
                    // closing the sentence; not "..., teilte sie mit, dass ...", whose reported words follow)
                    mention = span_text(s, sw, m->first, m->second);
                } else if (!participle_cue(c.text, ex.sp.lexs) &&
                           (m = ex.mention_after(sw, after_time_phrase(sw, cend, ex.sp)))) {
                    // ("..., dismissed the announcement.", "..., warnte vor einer Eskalation.": the verb's object;
                    // but "..., heißt es in der Mitteilung." cites the document there)
                    if (!imp && object_after_cue(sw, ci, cend, *m, ex.sp))
                        continue;
                    mention = span_text(s, sw, m->first, m->second);
                } else if (!imp) {
                    continue;
                }
                // What follows the mention must be a complement, not a new clause with its own verb; after a dash,
                // nor a second dash ("The plan – said to cost more – was ..." is no report).
                std::size_t tail = m ? m->second + 1 : cend;
                bool clean_tail = true;
                // (but ", adding that ...": a participle of adding after a comma goes on with more words of the same
                // speaker, UnitReader::participle_reports)
                for (std::size_t j = tail; j < sw.size(); ++j)
                    clean_tail = clean_tail &&
                                 (!is_speech_verb(ex.sp.lexs, sw[j].low) || adding_after_comma(sw, j, ex.sp)) &&
                                 !(dash && dash_word(sw[j]));
                if (!clean_tail)
                    continue;
                const std::size_t from = after_lead_in(sw, after_dateline(s, sb, sw[ci - 1].b), ci - 1, ex.sp);
                std::string said = strip_edge_punct(std::string(s.substr(from, sw[ci - 1].b - from)));
                // The reported words begin after the last cue-free clause opener ("Mais", "Et").
                if (!has_words(said, short_reported ? 4 : 5) || fronted_clause(sw, from, ci - 1, ex.sp.lexs))
                    continue;
                Quote out = make_quote(u, said, QuoteKind::indirect);
                out.mention = mention;
                out.cue = c.text;
                std::optional<std::string> spk;
                if (m) {
                    spk = ex.resolve(s, sw, m->first, m->second, base + sw[m->first].b);
                } else if (!imp) {
                    std::vector<Word> pw = {Word{0, mention.size(), mention, false, false}};
                    spk = ex.resolve(mention, pw, 0, 0, base + c.begin);
                }
                add(out, spk);
                break;
            }
            // Reporting clause at the end with the subject first: "..., Jane Doe said." / "..., officials said."
            // (not a passive: "..., a year later than residents were promised."; nor where the infinitive closes its
            // clause, [quote_conventions], a plural present there after its subject, "..., die unsere Sicht
            // bestätigen.", "..., die de regels uitleggen.": a relative clause, verb last)
            // (nor, there, a verb whose helper stands before the comma: "Das hat der Bischof am Freitag, 19.
            // November, den Gemeinden in einem Brief mitgeteilt." is one clause, no report)
            const bool verb_last = in_list(ex.sp.lexs, "quote_conventions", "infinitive at the clause's end");
            if (ci >= 7 && c.pronoun.empty() && !passive_before(sw, ci, ex.sp.lexs) &&
                !(verb_last && infinitive_shape(sw[ci].low, ex.sp.lexs)) &&
                !(verb_last && helper_before_comma(sw, ci, ex.sp.lexs))) {
                std::size_t comma = ci;
                for (std::size_t counted = 0; comma > 0 && counted < 6;) {
                    if (!sw[comma - 1].punct) {
                        --comma;
                        ++counted;
                    } else if (const std::size_t body = body_with_acronym(sw, comma - 1, ex.sp); body < comma) {
                        comma = body; // (a body's name, however long, counts as none of the mention's words)
                    } else {
                        break;
                    }
                }
                bool tail_ok = true;
                // (the tail ends at ", adding that ...": "..., the director Helen Carter said, adding that ..."; read
                // only while it holds, not to the end of a run-on sentence: linear in the sentence's cues)
                bool complemented = false;
                // (and at ", and ...": "..., Mark Chen said, and can reduce ...", joined_after_comma; then the
                // subject holds no other cue, "..., the board said in its March report, and ..." has no subject "the
                // board said in its March", and is no lone pronoun: "..., he said, and ..." is a cue clause set inside
                // the sentence, read below with the words on both sides)
                bool joined = false;
                for (std::size_t j = cend; tail_ok && j < sw.size() && !adding_after_comma(sw, j + 1, ex.sp) &&
                                           !(joined = joined_after_comma(sw, j + 1, ex.sp));
                     ++j) {
                    if (!sw[j].punct && !has_tag(ex.sp.lexs, WordTags::cue_adverb, sw[j].low) && tail_ok &&
                        (complemented = complement_phrases_close(sw, j, ex.sp)))
                        break;
                    tail_ok = tail_ok && (sw[j].punct ? (sw[j].low == "." || sw[j].low == "!") : has_tag(ex.sp.lexs, WordTags::cue_adverb, sw[j].low));
                }
                // ("..., nie wiedzą, o czym mówią.", "..., the issue to which she spoke.": a relative pronoun, a
                // preposition perhaps before it, opens a relative clause whose verb the cue is, no subject)
                const bool relative =
                    comma < ci && (in_list(ex.sp.lexs, "relative_words", sw[comma].low) ||
                                   (comma + 1 < ci && has_tag(ex.sp.lexs, WordTags::preposition, sw[comma].low) &&
                                    in_list(ex.sp.lexs, "relative_words", sw[comma + 1].low)));
                // (after a complement, no relative word in the subject either: "..., a petition that called for
                // Eich's resignation." is no report)
                const bool relative_inside =
                    complemented && std::any_of(sw.begin() + static_cast<std::ptrdiff_t>(comma),
                                                sw.begin() + static_cast<std::ptrdiff_t>(ci), [&](const Word& w) {
                                                    return !w.punct && (in_list(ex.sp.lexs, "relative_words", w.low) ||
                                                                        in_list(ex.sp.lexs, "that", w.low));
                                                });
                char pg = 'x';
                const bool joined_ok =
                    !joined ||
                    (comma + 1 < ci ? std::none_of(sw.begin() + static_cast<std::ptrdiff_t>(comma),
                                                   sw.begin() + static_cast<std::ptrdiff_t>(ci),
                                                   [&](const Word& w) { return is_speech_verb(ex.sp.lexs, w.low); })
                                    : comma < ci && !ex.sp.pronoun(sw[comma].low, pg));
                if (comma > 0 && comma < ci && sw[comma - 1].low == "," && tail_ok && comma >= 6 && !relative &&
                    !relative_inside && joined_ok) {
                    const std::size_t from =
                        after_lead_in(sw, after_dateline(s, sb, sw[comma - 1].b), comma - 1, ex.sp);
                    std::string said = strip_edge_punct(std::string(s.substr(from, sw[comma - 1].b - from)));
                    // ("..., wie die Verwaltung am Montag mitteilte.": the comparative opener, a time phrase and
                    // a time adverb before the cue are no part of the subject, nor is what follows a pronoun)
                    // (", and the mayor said.", ", et le maire a dit.", ", und der Bürgermeister bestätigte.": nor
                    // is the coordinating word ([coordinating_words]) joining the reporting clause to the words)
                    std::size_t mf = comma, ml = ci - 1;
                    if (mf < ml && (in_list(ex.sp.lexs, "comparative_opener_words", sw[mf].low) ||
                                    in_list(ex.sp.lexs, "coordinating_words", sw[mf].low)))
                        ++mf;
                    helper_bounds(sw, mf, ml, ex.sp);
                    if (char g = 'x'; ex.sp.pronoun(sw[mf].low, g))
                        ml = mf; // ("wie sie auf Anfrage mitteilte")
                    while (ml > mf && !sw[ml].upper && has_tag(ex.sp.lexs, WordTags::cue_adverb, sw[ml].low))
                        --ml;
                    if (has_words(said, 5) && mf <= ml) {
                        Quote out = make_quote(u, said, QuoteKind::indirect);
                        out.mention = span_text(s, sw, mf, ml);
                        out.cue = c.text;
                        add(out, ex.resolve(s, sw, mf, ml, base + sw[mf].b));
                        break;
                    }
                }
            }
            // "Hollerer said the council had counted ...", "City officials say the costs have not risen.": English
            // reports without "that" ([bare_clause_cue_words]; "The builder insists the structure will withstand
            // floods.": a cue of [helped_bare_clause_cue_words] only before a clause whose helper verb comes early,
            // bare_clause).
            // ("Northwind said on Friday it would cut ...": a time phrase between the cue and its clause)
            // (and a subject opening the clause after it: a pronoun, a determiner or a capitalised word; not "said in
            // a June report, and ...")
            const auto opens_subject = [&](std::size_t j) {
                char g = 'x';
                return sw[j].upper || ex.sp.pronoun(sw[j].low, g) ||
                       has_tag(ex.sp.lexs, WordTags::article, sw[j].low) ||
                       in_list(ex.sp.lexs, "noun_determiners", sw[j].low) ||
                       in_list(ex.sp.lexs, "bare_clause_subject_words", sw[j].low);
            };
            std::size_t bare = c.pronoun.empty() && ci > 0 ? after_time_phrase(sw, cend, ex.sp) : cend;
            if (bare != cend && !opens_subject(bare))
                bare = cend;
            // ("told the board the district had lost ...": the one spoken to between the cue and its clause)
            bool told = false;
            if (bare == cend && c.pronoun.empty() && ci > 0)
                if (const std::size_t t = addressee_clause(sw, cend, c.text, ex.sp); t != 0) {
                    bare = t;
                    told = true;
                }
            // ("The village nurse, Ada Nwosu, said cases had fallen ...": a subject with its name set off by commas)
            if (c.pronoun.empty() && ci > 0 &&
                (!sw[ci - 1].punct || aside_subj || subject_with_apposition(sw, ci - 1, ex.sp)) &&
                bare + 4 < sw.size() && (told || bare_clause(sw, bare, c.text, ex.sp)) && !sw[bare].punct &&
                !in_list(ex.sp.lexs, "that", sw[bare].low) &&
                (!in_list(ex.sp.lexs, "mention_stops", sw[bare].low) || quantity_opener(sw, bare, ex.sp)) &&
                // ("said later that ...": read below)
                !in_list(ex.sp.lexs, "that", sw[after_report_adverbs(sw, bare, ex.sp)].low)) {
                if (auto m = with_aside(ex.mention_before(sw, ci))) {
                    const std::size_t said_e = relative_clause_end(sw, ci, bare, se, ex.sp);
                    std::string said = reported_words(s.substr(sw[bare].b, said_e - sw[bare].b));
                    // (four words are enough, as after "that", where a subject opens them and a full stop closes
                    // the sentence: "Tom Webb said the budget was fair."; not "Aren't those the things they say they
                    // hate?", nor "dare I say – bold – to ...")
                    const bool short_ok = sw.back().low == "." && opens_subject(bare);
                    if (has_words(said, short_ok ? 4 : 5)) {
                        Quote out = make_quote(u, said, QuoteKind::indirect);
                        out.cue = c.text;
                        out.mention = span_text(s, sw, m->first, m->second);
                        add(out, ex.resolve(s, sw, m->first, m->second, base + sw[m->first].b));
                        break;
                    }
                }
            }
            // "Pollard, he said, had been warned ...", "Le ponton, a-t-il dit, était ...", "Il molo, ha detto, era
            // ...": a cue clause set between two commas inside the sentence it reports, a subject pronoun before its
            // verb or one the verb carries; the words before the first comma (one clause piece, from the sentence's
            // start) and those after the second (going on lower-case) are what is said, the clause left out.
            if (cend + 3 < sw.size() && sw[cend].low == "," && !sw[cend + 1].punct && !sw[cend + 1].upper &&
                !in_list(ex.sp.lexs, "that", sw[cend + 1].low) && !imp) {
                char g = 'x';
                const bool pronoun_before = c.pronoun.empty() && ci >= 2 && sw[ci - 2].low == "," &&
                                            in_list(ex.sp.lexs, "subject_pronoun_words", sw[ci - 1].low) &&
                                            ex.sp.pronoun(sw[ci - 1].low, g);
                const std::size_t comma = pronoun_before ? ci - 2 : ci - 1;
                const bool carried = !c.pronoun.empty() && ci >= 2 && sw[ci - 1].low == ",";
                if ((pronoun_before || carried) && comma >= 1 && comma <= 12 &&
                    std::none_of(sw.begin(), sw.begin() + static_cast<std::ptrdiff_t>(comma),
                                 [&](const Word& w) { return w.punct || is_speech_verb(ex.sp.lexs, w.low); })) {
                    const std::size_t from = after_dateline(s, sb, sw[comma].b);
                    std::string said = strip_edge_punct(std::string(s.substr(from, sw[comma].b - from)));
                    said += ' ';
                    said += reported_words(s.substr(sw[cend + 1].b, se - sw[cend + 1].b));
                    if (has_words(said, 5)) {
                        Quote out = make_quote(u, said, QuoteKind::indirect);
                        out.cue = c.text;
                        if (pronoun_before) {
                            out.mention = span_text(s, sw, ci - 1, ci - 1);
                            ex.add(out, ex.resolve(s, sw, ci - 1, ci - 1, base + sw[ci - 1].b));
                        } else {
                            out.mention = c.pronoun;
                            std::vector<Word> pw = {Word{0, c.pronoun.size(), c.pronoun, false, false}};
                            ex.add(out, ex.resolve(c.pronoun, pw, 0, 0, base + c.begin));
                        }
                        break;
                    }
                }
            }
            // "X a affirmé que ...", "X sagte, dass ...", "X said that ..."
            if (cend < sw.size()) {
                // (the cue's comma or "that", after the adverbs that may follow the cue)
                const std::size_t after_cue = after_report_adverbs(sw, cend, ex.sp);
                std::size_t t = after_cue;
                if (t < sw.size() && sw[t].low == ",")
                    ++t;
                // "anunció este martes que ...", "said on Monday that ...": a word of time between the cue and "que".
                static const LexiconSection& weekdays = any_language_section("weekdays"); // (found once)
                if (const std::size_t g = after_cue_gap(sw, t, ex.sp); g != t)
                    t = g;
                else
                    for (std::size_t j = t; j < sw.size() && j < t + 3 && !sw[j].punct; ++j)
                        if (weekdays.has(sw[j].low)) {
                            t = j + 1;
                            break;
                        }
                // "said in a statement that ...", "a indiqué dans un communiqué que ...", "sagte in einer Mitteilung,
                // dass ...": a short phrase opened by a preposition between the cue and "that"; "told MPs that ...":
                // the one spoken to ([addressee_cue_words]).
                // (Not after a passive, "He has been criticized for policies that ...", nor after a cue that is a
                // small word, "Studien so zu lesen, dass ..."; "that" right after the preposition is a determiner: "in
                // that time".)
                const std::string cue_low = text::lower(c.text);
                const bool preposition = t < sw.size() && !sw[t].punct &&
                                         has_tag(ex.sp.lexs, WordTags::preposition, sw[t].low);
                const bool addressee = t == cend && t < sw.size() && !sw[t].punct &&
                                       in_list(ex.sp.lexs, "addressee_cue_words", cue_low);
                if ((preposition || addressee) && !ex.sp.stopword(cue_low) && !passive_before(sw, ci, ex.sp.lexs))
                    for (std::size_t j = t + 1; j < sw.size() && j <= t + 4; ++j) {
                        const std::size_t w = sw[j].low == "," ? j + 1 : j;
                        if (w < sw.size() && in_list(ex.sp.lexs, "that", sw[w].low) && (addressee || w >= t + 2)) {
                            t = w;
                            break;
                        }
                        if (sw[j].punct)
                            break;
                    }
                // "Agregó el vocero que ...", "Acrescentou o ministro que ...": a cue opening the sentence, its
                // subject after it, then "que".
                std::optional<std::pair<std::size_t, std::size_t>> inverted;
                // (where the reported clause's comma stands: after the cue, or after its subject)
                std::size_t comma_at = after_cue;
                if (ci == 0 && c.pronoun.empty() && t < sw.size() && !in_list(ex.sp.lexs, "that", sw[t].low) &&
                    in_list(ex.sp.lexs, "quote_conventions", "cue before its subject and that"))
                    if ((inverted = ex.mention_after(sw, cend)) && inverted->second + 1 < sw.size() &&
                        in_list(ex.sp.lexs, "that", sw[inverted->second + 1].low))
                        t = inverted->second + 1;
                // "Am Mittwoch sagte die Sprecherin Jana Keller, dass ...", "Gestern erklärte der Bürgermeister, die
                // Kosten seien gedeckt.", "Op woensdag zei woordvoerder Jan de Vries dat ...": after a fronted phrase
                // the verb comes second and its subject after it, then the comma or "that" (a time after the verb is
                // no part of the subject: "sagte am Mittwoch die Sprecherin, ...").
                if (t == cend && c.pronoun.empty() && t < sw.size() && !sw[t].punct &&
                    !in_list(ex.sp.lexs, "that", sw[t].low) && fronted_phrase(sw, ci, ex.sp)) {
                    // ("zei woordvoerder Jan de Vries dat de werken ...": the mention ends before "that", read in the
                    // words up to it)
                    std::size_t stop = cend;
                    while (stop < sw.size() && stop < cend + 10 && !in_list(ex.sp.lexs, "that", sw[stop].low))
                        ++stop;
                    thread_local std::vector<Word> head;
                    head.assign(sw.begin(), sw.begin() + static_cast<std::ptrdiff_t>(std::min(stop, sw.size())));
                    auto m = ex.mention_after(head, after_time_phrase(head, cend, ex.sp));
                    if (m && m->second + 2 < sw.size()) {
                        const std::size_t next = m->second + 1;
                        if (in_list(ex.sp.lexs, "that", sw[next].low)) {
                            inverted = m;
                            t = next;
                        } else if (sw[next].low == ",") {
                            inverted = m;
                            comma_at = next;
                            t = next + 1; // "dass", or the reported clause
                        }
                    }
                }
                // "Peskow sagte am Freitag, man sehe ...", "sagte der Agentur Interfax, dass ...": the cue's comma past
                // a short complement (not where a fronted phrase put the subject after the verb, read above)
                // (a cue of one word: "sprach von 800 Autos, die ..." holds its complement, a relative clause after)
                if (!inverted && c.text.find(' ') == std::string::npos && t < sw.size() &&
                    !in_list(ex.sp.lexs, "that", sw[t].low) &&
                    !(t == comma_at + 1 && sw[comma_at].low == ","))
                    if (const std::size_t comma = comma_past_complement(sw, after_cue, ex.sp); comma != after_cue) {
                        comma_at = comma;
                        t = comma + 1;
                    }
                // "Ein Sprecher sagte, ein Neubau sei geplant.": German reports after the cue's comma without "dass",
                // the clause's verb in the Konjunktiv I among its first words.
                // (The cue is the subject's verb: not a noun, "den Einwand des Beklagten, ...", nor a small word, nor
                // a participle after its auxiliary, "Daheim hatte man sie für tot erklärt, aber ... hätten".)
                bool reported_clause = false;
                // ("Eine Pflegerin, die dort lange gearbeitet hat, sagte, ...": the helper of an aside's own verb
                // stands before the cue; only the subject's words are read)
                // ("Die Ministerin hat am Freitag gesagt, ...": the subject before the cue's auxiliary)
                const std::size_t helper = aside_subj ? ci : perfect_helper(sw, ci, cend, ex.sp);
                const std::size_t subject_end = aside_subj ? aside_subj->subject.second + 1 : helper;
                const bool cue_after_subject =
                    ci > 0 && !ex.sp.stopword(cue_low) && !text::starts_upper(c.text) &&
                    std::none_of(sw.begin(), sw.begin() + static_cast<std::ptrdiff_t>(subject_end), [&](const Word& w) {
                        return !w.punct && ((tags.of(w) & WordTags::auxiliary) != 0 ||
                                            in_list(ex.sp.lexs, "reported_speech_words", w.low));
                    });
                // ("Der Verband teilte am Dienstag mit, die Preise würden steigen.": after a verb's particle closing
                // its clause ([speech_phrases]), the clause after the comma is what is said, whatever its mood, unless
                // a finite verb opens it, another verb of the subject: "kündigt Hilfen an, will aber ...")
                if (t == comma_at + 1 && sw[comma_at].low == "," && t < sw.size() && !in_list(ex.sp.lexs, "that", sw[t].low) &&
                    cue_after_subject && in_list(ex.sp.lexs, "quote_conventions", "reported mood after the cue's comma")) {
                    reported_clause = in_list(ex.sp.lexs, "quote_conventions", "separable phrases") &&
                                      in_list(ex.sp.lexs, "speech_phrases", cue_low) &&
                                      !in_list(ex.sp.lexs, "finite_helper_words", sw[t].low);
                    for (std::size_t j = t; j < sw.size() && j < t + 8 && !sw[j].punct && !reported_clause; ++j)
                        reported_clause = in_list(ex.sp.lexs, "reported_speech_words", sw[j].low) ||
                                          in_list(ex.sp.lexs, "reported_helper_words", sw[j].low);
                    reported_clause = reported_clause || regular_reported_verb(sw, t, ex.sp);
                }
                // ("a averti qu'il supprimera ...": "qu" and the word after it written as one word, the apostrophe
                // straight or curly; the reported words begin after the apostrophe)
                std::size_t elided_that = 0;
                if (t < sw.size() && !sw[t].punct)
                    if (const std::size_t a = sw[t].low.find_first_of("'\xE2"); a != std::string_view::npos && a > 0 &&
                                                                                in_list(ex.sp.lexs, "that", sw[t].low.substr(0, a)))
                        if (const std::size_t n = sw[t].low[a] == '\'' ? 1 : sw[t].low.compare(a, 3, "\xE2\x80\x99") == 0 ? 3 : 0;
                            n != 0 && a + n < sw[t].low.size())
                            elided_that = a + n;
                if (t < sw.size() && (reported_clause || elided_that != 0 || in_list(ex.sp.lexs, "that", sw[t].low)) &&
                    t + 4 < sw.size()) {
                    auto m = t > cend && inverted ? inverted
                                                  : with_aside(helper != ci ? ex.mention_before(sw, helper)
                                                                            : subject_before(ex, sw, ci, cend));
                    const bool carried = !m && c.pronoun.empty() && !imp && carries_reported_subject(sw, ci, ex.sp.lexs);
                    if (!m && c.pronoun.empty() && !imp && !carried)
                        continue;
                    // "Mis rodillas dicen que sí, yo digo que ...", "Mes genoux disent que oui, ...": a possessive and
                    // a common noun as the subject, a bare answer after "that": a figure of speech, no one's words.
                    if (m && figure_answer(sw, *m, t, ex.sp))
                        continue;
                    // ("Pero recuerda que ..." in a reader's comment speaking to someone as "tu": an imperative)
                    if (carried && addresses_reader(ws, spans, ex.sp.lexs))
                        continue;
                    // ("Le parti a annoncé qu'il déposerait une motion, a indiqué son porte-parole Jean Roux.": a
                    // report inside another, whose cue after a comma closes the sentence; that cue is read, with the
                    // whole sentence before its comma)
                    if (closing_cue_after(sw, sentence_cues, static_cast<std::size_t>(&c - sentence_cues.data()), t))
                        continue;
                    std::size_t from_b = reported_clause ? sw[t].b : t + 1 < sw.size() ? sw[t + 1].b : se;
                    // ("qu'il", "qu’il": the words after the elided "qu" and its apostrophe, a character of one byte
                    // or more, skipped whole)
                    if (sw[t].low == "qu" && sw[t].e < s.size()) {
                        from_b = sw[t].e;
                        text::next_cp(s, from_b);
                    } else if (elided_that != 0 && !reported_clause) {
                        from_b = sw[t].b + elided_that;
                    }
                    // (", which argued that ..., is ...": the words end with the relative clause)
                    const std::size_t said_e = relative_clause_end(sw, ci, reported_clause ? t : t + 1, se, ex.sp);
                    std::string said = reported_words(s.substr(from_b, said_e - from_b));
                    // ("dijo que, debido a ..., está": the comma after "that" opens an aside, not the words)
                    while (!said.empty() && (said.front() == ',' || said.front() == ' '))
                        said.erase(0, 1);
                    if (!has_words(said, 4))
                        continue;
                    ex.sp.note_reported(base + from_b, base + said_e); // (no subject of the writer's is named there)
                    Quote out = make_quote(u, said, QuoteKind::indirect);
                    out.cue = c.text;
                    if (imp) {
                        add(out, std::nullopt);
                    } else if (m) {
                        out.mention = span_text(s, sw, m->first, m->second);
                        ex.add(out, ex.resolve(s, sw, m->first, m->second, base + sw[m->first].b));
                    } else if (carried) {
                        // (the speaker of the quote read last, the sentence before's: none when that one had none,
                        // "Rzecznik ... przekazał, że ... . Zapewnił jednak, że ..." with the spokesman unresolved)
                        std::optional<std::string> last = first_carried_subject(ex, base + c.begin);
                        if (!ex.quotes.empty())
                            last = ex.quotes.back().speaker;
                        // (nor when the writer named another person since: "De primer orden calificó Humberto Ruiz
                        // el plan. Sobre ella, reconoció que ...", whose subject that one may be)
                        for (auto it = ex.sp.events.rbegin(); last && it != ex.sp.events.rend(); ++it) {
                            const Person& p = ex.sp.people[static_cast<std::size_t>(it->second)];
                            if (it->first >= base + c.begin || !(p.personal || p.subject))
                                continue;
                            if (p.name != *last)
                                last.reset();
                            break;
                        }
                        ex.add(out, std::move(last));
                    } else {
                        out.mention = c.pronoun;
                        std::vector<Word> pw = {Word{0, c.pronoun.size(), c.pronoun, false, false}};
                        ex.add(out, ex.resolve(c.pronoun, pw, 0, 0, base + c.begin));
                    }
                    break;
                }
            }
        }
        // "La obra costará diez millones, según el alcalde.": with no cue read above, an according phrase closing the
        // sentence reports the words before its comma.
        if (ex.quotes.size() == quotes_before)
            if (const auto post = ex.closing_according(sw)) {
                const std::size_t comma = post->cue_first - 1;
                std::size_t from = after_lead_in(sw, after_dateline(s, sb, sw[comma].b), comma, ex.sp);
                // ("Each plain question earns a lecture on the harbour budget - which is fair enough, according to
                // the mayor.": after a dash, a relative word opens the aside the phrase is of; the words before it are
                // the writer's)
                for (std::size_t j = comma; j-- > 1 && sw[j].b >= from;)
                    if (sw[j - 1].punct && dash_word(sw[j - 1]) && !sw[j].punct &&
                        in_list(ex.sp.lexs, "relative_words", sw[j].low)) {
                        from = sw[j].b;
                        break;
                    }
                std::string said = strip_edge_punct(std::string(s.substr(from, sw[comma].b - from)));
                if (has_words(said, 5) && !fronted_clause(sw, from, comma, ex.sp.lexs)) {
                    ex.sp.note_reported(base + from, base + sw[comma].b);
                    Quote out = make_quote(u, said, QuoteKind::indirect);
                    out.cue = span_text(s, sw, post->cue_first, post->cue_last);
                    out.mention = span_text(s, sw, post->m_first, post->m_last);
                    ex.add(out, ex.resolve(s, sw, post->m_first, post->m_last, base + sw[post->m_first].b));
                }
            }
    }
}

// "“We are ready,” Carter said, adding that more nurses would be hired.", "« Q », a déclaré Claire Morel, ajoutant
// que ...", "..., dijo Ana Ruiz, añadiendo que ...", "..., ha detto Giulia Bianchi, aggiungendo che ...": a participle
// of adding ([participle_report_words]) after the comma closing a cued quote's clause, then "that", reports more words
// of the same speaker, an indirect quote with that quote's speaker and mention, the participle its cue. (German has no
// such participle.) The quote is the last of the unit standing before the comma in the same sentence; none is made
// twice, nor where the words after "that" are too few.
void UnitReader::participle_reports() {
    // (most units made no cued quote: their words are not walked)
    if (sents.empty() || ws.size() < 6 || ex.quotes.size() <= first_quote)
        return;
    for (std::size_t j = 1; j + 3 < ws.size(); ++j) {
        if (!adding_after_comma(ws, j + 1, ex.sp))
            continue;
        const std::size_t t = j + 2;
        // ("ajoutant qu'il ...": "qu" and its apostrophe before the reported words, a word of their own or one word
        // with the pronoun)
        const bool elided = ws[t].low == "qu";
        std::size_t glued = 0; // (the bytes of "qu'" opening the word "qu'il")
        if (const std::size_t a = ws[t].low.find_first_of("'\xE2"); !elided && a != std::string_view::npos && a > 0 &&
                                                                     in_list(ex.sp.lexs, "that", ws[t].low.substr(0, a)))
            glued = a + (ws[t].low[a] == '\'' ? 1 : ws[t].low.compare(a, 3, "\xE2\x80\x99") == 0 ? 3 : 0);
        if (!elided && glued == 0 && !in_list(ex.sp.lexs, "that", ws[t].low))
            continue;
        const auto [sb, se] = sentence_of(ws[j].b);
        if (se <= sb)
            continue;
        // (the cued quote of the sentence standing last before the comma)
        std::optional<std::size_t> owner;
        const std::size_t count = std::min(placed.size(), ex.quotes.size() - first_quote);
        for (std::size_t i = 0; i < count; ++i)
            if (placed[i].sentence == sb && placed[i].open < ws[j].b && ex.quotes[first_quote + i].cue)
                owner = i;
        if (!owner)
            continue;
        std::size_t from = elided ? ws[t].e : glued != 0 ? ws[t].b + glued : ws[t].e;
        if (elided && from < s.size())
            text::next_cp(s, from);
        if (from >= se)
            continue;
        std::string said = reported_words(s.substr(from, se - from));
        while (!said.empty() && (said.front() == ' ' || said.front() == ','))
            said.erase(0, 1);
        // (nor where the words after "that" open with a quote mark: "..., adding that “Q”" is that quote, read as one)
        std::size_t first = 0;
        if (!has_words(said, 4) || text::is_quote_mark(text::next_cp(said, first)))
            continue;
        const auto made = std::any_of(ex.quotes.begin() + static_cast<std::ptrdiff_t>(first_quote), ex.quotes.end(),
                                      [&](const Quote& q) { return q.text.find(said) != std::string::npos; });
        if (made)
            continue;
        const Quote& q = ex.quotes[first_quote + *owner];
        Quote out = make_quote(u, said, QuoteKind::indirect);
        out.cue = std::string(s.substr(ws[j + 1].b, ws[j + 1].e - ws[j + 1].b));
        out.mention = q.mention;
        std::optional<std::string> speaker = q.speaker;
        ex.sp.note_reported(base + from, base + se);
        ex.add(std::move(out), std::move(speaker));
        // (in reading order: right after its quote's place, and the quotes of the unit after it)
        const std::size_t at = *owner + 1;
        std::rotate(ex.quotes.begin() + static_cast<std::ptrdiff_t>(first_quote + at), ex.quotes.end() - 1,
                    ex.quotes.end());
        if (at <= placed.size())
            placed.insert(placed.begin() + static_cast<std::ptrdiff_t>(at), Placed{sb, ws[j].b});
    }
}

} // namespace archive::quoting
