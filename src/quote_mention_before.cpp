// The mention of the speaker before a cue (mention_before): the cue's subject, without an apposition, an age, a
// relative clause or an adverb before the verb; a name set off by commas after its description; a helper verb and
// the adverbials after it cut (helper_bounds); a subject shared over a comma (subject_before_comma) or "and"
// (joined_subject); a plural noun naming no one (plural_head); an indefinite noun with its relative clause; and the
// comparative clause whose subject follows the cue (comparative_cue). The mention after a cue and the readers both
// sides ask are quote_mentions.cpp.
#include "quote_ages.hpp"
#include "quote_cues.hpp"
#include "quote_descriptions.hpp"
#include "quote_extractor.hpp"
#include "quote_first_person.hpp"
#include "quote_lone_names.hpp"
#include "quote_mention_parts.hpp"
#include "quote_nouns.hpp"
#include "quote_word_tags.hpp"
#include "text.hpp"

#include <algorithm>
#include <cstdint>

namespace archive::quoting {

std::optional<std::pair<std::size_t, std::size_t>> Extractor::subject_before_comma(const std::vector<Word>& ws,
                                                                                  std::size_t comma) const {
    // (the clause before the comma: up to eleven words, none of them a mark)
    std::size_t p = comma;
    while (p > 0 && !ws[p - 1].punct && comma - p < 12)
        --p;
    if (p + 1 >= comma || (p > 0 && !ws[p - 1].punct))
        return std::nullopt;
    // ("A Associação de Pescadores do Alto Minho saudou ..., mas pediu", "La Federación Aragonesa de Pesca celebró
    // ..., pero advirtió": a body's or an organisation's noun closing the run keeps what it is of, body_name_end)
    // ("María de los Ángeles Ruiz celebró ..., pero advirtió": a name's particles in lower case, particle_after,
    // between two of its capitalised words are the name's; not before an acronym, a body's: "Ana Ruiz de la CGT")
    auto name_run = [&ws, this](std::size_t from, std::size_t end) {
        std::size_t n = from;
        while (n < end && ws[n].upper && !ws[n].punct) {
            ++n;
            std::size_t j = n;
            while (j < end && j < n + 3 && !ws[j].punct && !ws[j].upper && particle_after(ws[j - 1].low, ws[j].low))
                ++j;
            if (j > n && j < end && ws[j].upper && !ws[j].punct && !ws[j].acronym)
                n = j;
        }
        if (const std::size_t e = n > from && n < end ? body_name_end(ws, n - 1, sp) : 0; e != 0 && e + 1 < end)
            n = e + 1;
        return n;
    };
    if (ws[p].upper && (p == 0 || ws[p - 1].low != ",")) {
        // "Patricia Elizondo celebró ...": a name of two capitalised words or more opens the clause
        const std::size_t n = name_run(p, comma);
        if (n >= p + 2 && n < comma && !ws[n].upper)
            return std::make_pair(p, n - 1);
        return std::nullopt;
    }
    // ", Patricia Elizondo, celebró ...": a lower-case verb after a name set off by commas
    if (ws[p].upper || p < 3 || ws[p - 1].low != ",")
        return std::nullopt;
    std::size_t q = p - 1;
    while (q > 0 && !ws[q - 1].punct && p - 1 - q < 4)
        --q;
    if (q + 2 > p - 1 || name_run(q, p - 1) != p - 1 || (q > 0 && ws[q - 1].low != ","))
        return std::nullopt;
    std::size_t first = q;
    if (q >= 2) {
        std::size_t d = q - 1;
        while (d > 0 && !ws[d - 1].punct && q - 1 - d < 8)
            --d;
        if (d < q - 1 && (d == 0 || ws[d - 1].punct))
            first = d;
    }
    return std::make_pair(first, p - 2);
}

// "Consumer groups welcomed the fine but said", "Several consumer groups welcomed ...", "Varios sindicatos rechazaron
// el plan y advirtieron", "Los sindicatos celebraron la medida pero advirtieron", "Les syndicats ont salué ... mais ont
// averti", "I sindacati hanno accolto ... ma hanno avvertito": lower-case words from `n` (after the one capitalised
// word or the article opening a sentence), one of them with a plural noun's ending ([plural_noun_ending_words]: en "s", it
// "i") right before a verb (an ending of [plural_head_verb_ending_words], en "ed", es "n"; or an auxiliary) are a common
// noun in the plural with its adjectives: that noun ends the subject, which names no one. The index of the noun (from
// `n`, before `last`), else 0 (a person the page knows, "Lund plays ...", is read as a name).
std::size_t Extractor::plural_head(const std::vector<Word>& ws, std::size_t n, std::size_t last) const {
    if (n == 0 || n + 1 >= last || sp.find_by_last_name(ws[n - 1].low) >= 0)
        return 0;
    for (std::size_t h = n; h + 1 < last && h < n + 3; ++h) {
        const Word& w = ws[h];
        if (w.punct || w.upper || sp.stopword(w.low) || adverb(w.low))
            return 0;
        const Word& v = ws[h + 1];
        if (ends_with_entry(w.low, sp.lexs, "plural_noun_ending_words", 3) && !v.punct && !v.upper &&
            (ends_with_entry(v.low, sp.lexs, "plural_head_verb_ending_words", 1) ||
             has_tag(sp.lexs, WordTags::auxiliary, v.low)))
            return h;
    }
    return 0;
}

bool Extractor::adverb(std::string_view w) const {
    return ending_adverb(w, sp.lexs);
}

bool Extractor::clause_break(std::string_view p) {
    return p == "." || p == "!" || p == "?" || p == ";" || p == ":" || p == "\"" || p == "“" || p == "”" ||
           p == "«" || p == "»" || p == "„" || p == "(" || p == ")";
}

// "comme l'a dit", "como dijo", "come ha spiegato", "as said": a word of [comparative_opener_words] before the cue
// at word `ci`, with only auxiliaries, clitics and apostrophes between, opens a clause whose subject follows the cue.
bool Extractor::comparative_cue(const std::vector<Word>& ws, std::size_t ci) const {
    const auto& lexs = sp.lexs;
    for (std::size_t j = ci, d = 0; j > 0 && d < 4; --j, ++d) {
        const Word& w = ws[j - 1];
        if (!w.punct && in_list(lexs, "comparative_opener_words", w.low))
            return true;
        if (w.punct && (w.low == "'" || w.low == "’"))
            continue;
        // "l'a" may be one word: its part after the apostrophe is the auxiliary.
        std::string_view v = w.low;
        for (std::string_view a : {std::string_view("'"), std::string_view("’")})
            if (auto at = v.find(a); at != std::string_view::npos && in_list(lexs, "clitics", v.substr(0, at)))
                v = v.substr(at + a.size());
        // ("comme le dit Youssef": an object pronoun spelt as an article, [verb_clitic_words], right before the cue)
        if (w.punct || !(has_tag(lexs, WordTags::auxiliary, v) || in_list(lexs, "clitics", v) ||
                         (j == ci && in_list(lexs, "verb_clitic_words", v))))
            return false;
    }
    return false;
}

std::size_t Extractor::joined_subject(const std::vector<Word>& ws, std::size_t first, std::size_t last) const {
    // "Les élus et les soignants": on the far side of "and", an article or so and one noun, no name, pronoun nor
    // adverb, right after the start of the clause or a comma ("Prices rose and analysts said": two words, a verb
    // among them, are no subject).
    if (first < 2 || ws[first - 1].punct || !in_list(sp.lexs, "subject_and_words", ws[first - 1].low))
        return first;
    char g = 'x';
    if (sp.pronoun(ws[first].low, g))
        return first;
    std::size_t noun = first - 2, f = noun;
    while (f > 0 && !ws[f - 1].punct && has_tag(sp.lexs, WordTags::article, ws[f - 1].low))
        --f;
    const Word& n = ws[noun];
    if ((f > 0 && !ws[f - 1].punct) || n.punct || sp.stopword(n.low) ||
        sp.pronoun(n.low, g) || adverb(n.low) || has_tag(sp.lexs, WordTags::cue_adverb, n.low) ||
        in_list(sp.lexs, "sentence_openers", n.low))
        return first;
    // No name may begin before the subject's own words ("Vale and aides said"), nor run over "and": such a name is a
    // person of its own, and the speaker stays the one of the words after it.
    std::vector<Word> sub(ws.begin() + static_cast<std::ptrdiff_t>(f),
                          ws.begin() + static_cast<std::ptrdiff_t>(last + 1));
    for (const NameSpan& nm : names_in(sub, sp))
        if (f + nm.first < first)
            return first;
    return f;
}

namespace {

// "A paediatrician who asked not to be named because she was not authorised to speak said", "Un médico que pidió no
// ser identificado porque temía represalias dijo", "A nurse who had worked the night shift told": an indefinite
// article opening the sentence (after a clause's end), a noun of one to four lower-case words (no verb), then a
// relative word ([relative_words], or "that", "que", "che") whose clause runs without a mark up to the cue: the whole
// phrase, from the article to the word `last` before the cue, is the subject, someone the text does not name; not
// the subject of a clause inside it ("she was not authorised to speak"). Its first word (`from`: the first word of
// the mention found so far, after a word), else npos.
std::size_t relative_subject(const std::vector<Word>& ws, std::size_t from, std::size_t last, const Speakers& sp) {
    const std::size_t longest = 32, most_noun_words = 4;
    std::size_t o = from;
    while (o > 0 && !ws[o - 1].punct && last - o < longest)
        --o;
    if (o > 0 && !(ws[o - 1].punct && Extractor::clause_break(ws[o - 1].low)))
        return std::string_view::npos;
    const bool indefinite = in_list(sp.lexs, "indefinite_words", ws[o].low);
    if (!indefinite && !has_tag(sp.lexs, WordTags::article, ws[o].low))
        return std::string_view::npos;
    for (std::size_t r = o + 1; r < last && r <= o + most_noun_words; ++r) {
        const Word& w = ws[r];
        if (in_list(sp.lexs, "relative_words", w.low) || in_list(sp.lexs, "that", w.low)) {
            if (r == o + 1)
                return std::string_view::npos;
            // ("The water company that runs the site said": a definite article opens it only where the clause is a
            // verb and its object, an article or a preposition after the verb; "The claim that officials said",
            // "the plan that the mayor said" have the cue's own subject after the relative word)
            for (std::size_t k = r + 2; k <= last && !indefinite; ++k)
                if (word_tags(sp.lexs).of(ws[k]) & (WordTags::article | WordTags::preposition))
                    return ws[r + 1].upper || ws[r + 1].punct || sp.stopword(ws[r + 1].low) ? std::string_view::npos
                                                                                            : o;
            return indefinite ? o : std::string_view::npos;
        }
        const std::uint16_t tags = word_tags(sp.lexs).of(w);
        if ((w.upper && !sp.capitalised_nouns) || sp.stopword(w.low) ||
            (tags & (WordTags::auxiliary | WordTags::speech_verb)) != 0)
            return std::string_view::npos;
    }
    return std::string_view::npos;
}

} // namespace

namespace {

// A lower-case finite helper verb of the page's language ([finite_helper_words]: "hat", "soll", "has", "a").
bool helper_word(const Word& w, const Speakers& sp) {
    return !w.punct && !w.upper && in_list(sp.lexs, "finite_helper_words", w.low);
}

// "Der Verein Pro Schiene begrüßte den Streik nicht, forderte aber „Q“", "The group Green Rails has welcomed the
// deal, then called it “Q”", "Le maire Jean Roux a salué l'accord, puis a demandé « Q »": the clause before the
// comma that names the subject of a verb after it goes on past the name with the name's own verb (a finite helper;
// where nouns are capitalised, the first lower-case word after the name, no small word, preposition or article):
// the subject ends with the name. The index in `head` of the name's last word, else nothing ("John Roe of the
// union": a preposition; "Throgs Neck resident Ann Roe": a noun in lower case; "Ann Roe": no more).
std::optional<std::size_t> own_verb_after_name(const std::vector<Word>& head, const NameSpan& name,
                                               const Speakers& sp) {
    const std::size_t v = name.last + 1;
    if (name.first > 4 || v >= head.size() || head[v].punct || head[v].upper)
        return std::nullopt;
    const Word& w = head[v];
    if (helper_word(w, sp))
        return name.last;
    // (where nouns are written in lower case the word may be a noun the name describes: "the New York businessman")
    if (!sp.capitalised_nouns)
        return std::nullopt;
    const unsigned small = WordTags::preposition | WordTags::article | WordTags::complement;
    if (sp.stopword(w.low) || (word_tags(sp.lexs).of(w) & small) != 0)
        return std::nullopt;
    return name.last;
}

} // namespace

// The words first..last before a cue, read as its subject, lose a finite helper verb and what follows it: one opening
// them stands before the subject ("„Q“, soll der Bürgermeister gesagt haben", "Dann hat der Minister erklärt"); one
// after the subject's words ends it, the words after it being the verb's adverbials ("Der Landrat hat am Montag
// gesagt", "Die Ministerin hatte schon in der Woche gewarnt", "The mayor has long said"). But where the words before
// the helper are an adverbial (opened by a preposition, an adverb or a figure, or closed by a time adverb: "Vor zwei
// Jahren hatte Beckham gesagt", "Bereits im Mai hatte die Gewerkschaft erklärt", "Zwei Jahre zuvor hat er erklärt")
// or the end of another clause (a mark among them: "…, aber vielleicht müssen Journalisten so ticken"),
// the subject follows the helper (a pronoun there is the subject alone). And where nouns are lower-case, a capitalised
// word after the helper ("Thursday's walk-ins were the third time AROS held") may be the subject: the words are cut
// only when those before the helper hold a name. Then a time phrase closing the words ("wie der Stadtrat am Freitag
// bestätigte", "as the council on Monday confirmed": a preposition, up to two small words or figures, a weekday, a
// month or a time of the day) is no part of the subject either. (Where the language is unknown every list is read,
// and "a" may be an article: nothing is cut.)
void helper_bounds(const std::vector<Word>& ws, std::size_t& first, std::size_t& last, const Speakers& sp) {
    if (sp.lexs.size() != 1)
        return;
    if (first < last && helper_word(ws[first], sp))
        ++first;
    const WordTags& tags = word_tags(sp.lexs);
    for (std::size_t j = first + 1; j <= last; ++j) {
        if (!helper_word(ws[j], sp))
            continue;
        const Word& f = ws[first];
        const bool adverbial =
            (tags.of(f) & (WordTags::preposition | WordTags::cue_adverb)) || text::is_digit(static_cast<unsigned char>(f.low.front())) ||
            opening_adverb_at(ws, first, sp.lexs) != 0 || (!f.upper && ending_adverb(f.low, sp.lexs)) ||
            (j >= first + 2 && !ws[j - 1].upper && (tags.of(ws[j - 1]) & WordTags::cue_adverb)) ||
            std::any_of(ws.begin() + static_cast<std::ptrdiff_t>(first), ws.begin() + static_cast<std::ptrdiff_t>(j),
                        [](const Word& w) { return w.punct; });
        if (adverbial) {
            char g = 'x';
            first = j + 1;
            if (first <= last && sp.pronoun(ws[first].low, g))
                last = first;
            break;
        }
        bool cut = true;
        if (!sp.capitalised_nouns)
            for (std::size_t k = j + 1; k <= last && cut; ++k)
                if (ws[k].upper && !ws[k].punct)
                    cut = !names_in(std::vector<Word>(ws.begin() + static_cast<std::ptrdiff_t>(first),
                                                      ws.begin() + static_cast<std::ptrdiff_t>(j)),
                                    sp)
                               .empty();
        if (cut)
            last = j - 1;
        break;
    }
    // (a time phrase: its words before the time word are small words or figures)
    if (first + 2 <= last && ws[last].upper && time_word(ws[last].low, sp)) {
        std::size_t p = last;
        while (p > first + 1 && last - p < 3 && !ws[p - 1].upper && !ws[p - 1].punct &&
               !(tags.of(ws[p - 1]) & WordTags::preposition) &&
               (sp.stopword(ws[p - 1].low) || text::is_digit(static_cast<unsigned char>(ws[p - 1].low.front()))))
            --p;
        if (p > first + 1 && (tags.of(ws[p - 1]) & WordTags::preposition))
            last = p - 2;
    }
    // "wie Stadtwerke-Sprecher Felix Hartmann auf Anfrage bestätigte": a phrase of the cue's ([cue_adverb_phrases],
    // two or three words, opened by a preposition) closing the words is no part of the subject either. (quotes109)
    for (std::size_t p = last; p > first + 1 && last - p < 3; --p)
        if (!ws[p].punct && (tags.of(ws[p - 1]) & WordTags::preposition) &&
            listed_phrase_at(ws, p - 1, sp.lexs, "", "cue_adverb_phrases") == last - p + 2) {
            last = p - 2;
            break;
        }
}

std::optional<std::pair<std::size_t, std::size_t>> Extractor::mention_before(const std::vector<Word>& ws,
                                                                           std::size_t cue) {
    if (cue == 0 || comparative_cue(ws, cue))
        return std::nullopt; // "comme l'a dit X": the opener and the auxiliary are no subject
    // "In March 2019 I wrote", "En mars 2019, j'ai écrit": the writer's "I" before the cue is the subject alone
    if (const auto fp = first_person_subject(ws, cue, sp.lexs))
        return std::make_pair(*fp, *fp);
    std::size_t last = cue - 1;
    // ("Youssef Benali le dit": an object pronoun spelt as an article right before the cue, [verb_clitic_words])
    if (last > 0 && !ws[last].punct && in_list(sp.lexs, "verb_clitic_words", ws[last].low))
        --last;
    while (last > 0 && !ws[last].punct && in_list(sp.lexs, "clitics", ws[last].low))
        --last;
    // "Un berger de Sarnac m'a dit", "le maire l'a dit": a clitic elided before the auxiliary, one word with it, is
    // no part of the subject either.
    while (last > 0 && !ws[last].punct && after_elision(ws[last].low).size() < ws[last].low.size() &&
           has_tag(sp.lexs, WordTags::auxiliary, after_elision(ws[last].low)))
        --last;
    // "Mein Nachbar aus Wil hat mir gesagt": an auxiliary before the clitics that precede the participle is no part of
    // the subject either.
    if (last + 1 < cue && last > 0 && !ws[last].punct && has_tag(sp.lexs, WordTags::auxiliary, ws[last].low)) {
        --last;
        while (last > 0 && !ws[last].punct && in_list(sp.lexs, "clitics", ws[last].low))
            --last;
    }
    // (a clitic or an auxiliary stood between the subject and the cue, or an object pronoun ([object_pronoun_words])
    // follows the cue: "m'a dit", "mi ha detto", "hat mir gesagt", "told me": the cue names the person told; so does
    // a cue opened by its elided clitic, "m'a dit" read whole)
    const bool told = last + 1 < cue || (cue < ws.size() && after_elision(ws[cue].low).size() < ws[cue].low.size()) ||
                      (cue + 1 < ws.size() && !ws[cue + 1].punct && in_list(sp.lexs, "object_pronoun_words", ws[cue + 1].low));
    // "La Soprintendenza, interpellata, ha fatto sapere", "Le ministère, contacté, a indiqué", "Das Ministerium,
    // angefragt, teilte mit": a participle of asking ([asked_participle_words]) set off by commas between the subject
    // and the verb is no part of the subject.
    if (last >= 3 && ws[last].low == "," && ws[last - 2].low == "," && !ws[last - 1].punct && !ws[last - 1].upper &&
        !ws[last - 3].punct && in_list(sp.lexs, "asked_participle_words", ws[last - 1].low))
        last -= 3;
    if (ws[last].low == ")") {
        std::size_t o = last;
        while (o > 0 && ws[o].low != "(" && last - o < 6)
            --o;
        if (ws[o].low == "(" && o > 0)
            last = o - 1;
    }
    // "Ann Roe, the head of the trust, firmly told", "Tom Vale, the mayor, then said": an adverb between the
    // apposition and the verb.
    if (last >= 3 && !ws[last].punct && ws[last - 1].low == "," &&
        (adverb(ws[last].low) || has_tag(sp.lexs, WordTags::cue_adverb, ws[last].low)))
        --last;
    // "Lena Gruber, a 29-year-old nurse who grew up here, said": the name before the apposition.
    if (ws[last].low == "," && last >= 2) {
        std::size_t c = last - 1;
        while (c > 0 && ws[c].low != "," && !(ws[c].punct && ws[c].low != ",") && last - c < 14)
            --c;
        // "Mon voisin de Vic, qui fait ce métier depuis quarante ans, m'a dit", "My neighbour, who has farmed here
        // for forty years, told me", "Mein Nachbar, der seit Jahren Wein anbaut, hat mir gesagt": a relative clause
        // set off by commas before the cue (where nouns are capitalised, an article opens it and a lower-case verb
        // closes it); the noun phrase opening the clause before it (an article, a possessive or an indefinite word
        // first, no verb) is the subject.
        if (ws[c].low == "," && c + 2 < last &&
            (in_list(sp.lexs, "relative_words", ws[c + 1].low) ||
             (capitalised_nouns_here() && has_tag(sp.lexs, WordTags::article, ws[c + 1].low) && !ws[last - 1].upper))) {
            std::size_t o = c;
            while (o > 0 && !ws[o - 1].punct && c - o < 8)
                --o;
            bool plain = o < c && (o == 0 || ws[o - 1].punct) &&
                         (has_tag(sp.lexs, WordTags::article, ws[o].low) ||
                          in_list(sp.lexs, "possessive_determiner_words", ws[o].low) ||
                          in_list(sp.lexs, "indefinite_words", ws[o].low));
            for (std::size_t j = o; j < c && plain; ++j)
                plain = !(word_tags(sp.lexs).of(ws[j]) & (WordTags::auxiliary | WordTags::speech_verb));
            // ("Eine Anwohnerin, die nur ihren Vornamen Janet nennen wollte, sagte": a clause giving the subject's
            // given name, after_given_name_phrase, names her: the mention goes on to the name)
            for (std::size_t j = c + 3; j < last && plain; ++j)
                if (!ws[j].punct && ws[j].upper && after_given_name_phrase(ws, j, sp))
                    return std::make_pair(o, j);
            if (plain)
                return std::make_pair(o, c - 1);
        }
        // ("Un joven marinero, Iván P., de 24 años, contó": a surname's initial with its dot ends the name)
        const bool initial = ws[c].low == "," && c >= 3 && ws[c - 1].low == "." && initial_surname_end(ws, c - 3, sp) == c - 1;
        if (initial || (ws[c].low == "," && c >= 1 && ws[c - 1].upper && !ws[c - 1].punct)) {
            std::size_t f = initial ? c - 3 : c - 1;
            while (f > 0 && ws[f - 1].upper && !ws[f - 1].punct)
                --f;
            if (f == 0 || ws[f - 1].punct)
                return std::make_pair(f, last - 1);
            // "My neighbour Tomasz, who keeps the copy, put it", "Mon voisin Tomasz, qui garde la copie, a dit": a
            // possessive or an article and a noun or two before the name, then a relative clause (no preposition: "The
            // mayor of Springfield, ..." names a place): the subject without its relative clause.
            if (const std::size_t g = f > 3 ? f - 3 : 0;
                f >= 2 && !ws[f - 1].upper && in_list(sp.lexs, "relative_words", ws[c + 1].low)) {
                std::size_t o = f - 1;
                while (o > g && !ws[o - 1].punct && !ws[o].upper)
                    --o;
                bool plain = (o == 0 || ws[o - 1].punct) && (has_tag(sp.lexs, WordTags::article, ws[o].low) ||
                                                             in_list(sp.lexs, "possessive_determiner_words", ws[o].low));
                for (std::size_t j = o + 1; j < f && plain; ++j)
                    plain = !ws[j].punct && !ws[j].upper && !has_tag(sp.lexs, WordTags::preposition, ws[j].low);
                if (plain)
                    return std::make_pair(o, c - 1);
            }
        }
        // "Der Sprecher des Programms, Tomson Phiri, teilte mit": a name set off by commas after the
        // description that opens the clause.
        // ("O coordenador estadual da Defesa Civil, coronel Ricardo Amaral, disse": a rank or a title, lower-case
        // right after the comma, opens the name; "El concejal, Tomás de las Heras, dijo": so do its particles)
        // ("Une habitante du troisième étage, Fatima, raconte", "Una vecina, Carmen, cuenta": a given name alone)
        bool name_between = ws[c].low == "," && ((last - c >= 3 && last - c <= 5) ||
                                                 (last - c == 2 && given_name_alone(ws, c + 1, sp)));
        for (std::size_t j = c + 1; name_between && j < last; ++j)
            name_between = !ws[j].punct && (ws[j].upper || particle_after(ws[j - 1].low, ws[j].low) ||
                                            (j == c + 1 && j + 2 < last && person_title(sp.lexs, ws[j].low) != 0));
        // ("El ponente, el magistrado José Antonio Mora, subraya", "O relator, o desembargador Rui Lopes, afirmou": a
        // second description, an article and a role noun, before the name: titled_apposition; quotes80)
        if (const std::size_t n = ws[c].low == "," && !name_between ? titled_apposition(ws, c + 1, sp) : 0;
            n != 0 && n > c + 1 && last >= n + 2 && last <= n + 4) {
            name_between = true;
            for (std::size_t j = n; name_between && j < last; ++j)
                name_between = !ws[j].punct && (ws[j].upper || particle_after(ws[j - 1].low, ws[j].low));
        }
        // ("A idealizadora, a Jéssica Prado, disse", "La fondatrice, la Anna Ferri, ha detto": an article before a
        // name of two or three capitalised words, no body's word nor acronym among them)
        if (!name_between && ws[c].low == "," && last - c >= 4 && last - c <= 5 &&
            has_tag(sp.lexs, WordTags::article, ws[c + 1].low) &&
            !in_list(sp.lexs, "indefinite_words", ws[c + 1].low)) {
            name_between = true;
            for (std::size_t j = c + 2; name_between && j < last; ++j)
                name_between = !ws[j].punct && ws[j].upper && !ws[j].acronym &&
                               !in_list(sp.lexs, "body_words", ws[j].low);
        }
        if (name_between) {
            std::size_t g = c;
            while (g > 0 && !ws[g - 1].punct && c - g < 12)
                --g;
            if (g == 0 || ws[g - 1].punct)
                return std::make_pair(g, last - 1);
            return std::make_pair(c + 1, last - 1);
        }
        // "Party nominee Jane Doe, at a later press briefing, said,", "John Roe, president
        // of the union, which represents nurses, said": the first comma-set part of the clause names
        // the subject when it holds a name.
        std::size_t g = last;
        while (g > 0 && last - g < 30 && !(ws[g - 1].punct && clause_break(ws[g - 1].low)))
            --g;
        if (g == 0 || clause_break(ws[g - 1].low)) {
            std::size_t e = g;
            while (e < last && ws[e].low != ",")
                ++e;
            if (e > g && e - g <= 8) {
                std::vector<Word> head(ws.begin() + static_cast<std::ptrdiff_t>(g),
                                       ws.begin() + static_cast<std::ptrdiff_t>(e));
                if (const auto names = names_in(head, sp); !names.empty())
                    return std::make_pair(g, g + own_verb_after_name(head, names.front(), sp).value_or(e - 1 - g));
            } else if (e > g) {
                // "Party nominee Jane Doe weighed in on the radio on Monday, saying": a longer part is the
                // subject and its verb's words; a name among its first words, a few of a description before it,
                // ends the subject.
                std::vector<Word> head(ws.begin() + static_cast<std::ptrdiff_t>(g),
                                       ws.begin() + static_cast<std::ptrdiff_t>(g + 8));
                auto names = names_in(head, sp);
                if (!names.empty() && names.front().first <= 4)
                    return std::make_pair(g, g + names.front().last);
            }
        }
        // "One of the passengers, retired teacher Ann Roe, 71, said", "Une passagère, l'institutrice Anne Roux, 71 ans,
        // a déclaré": an age set off by commas after the name (age_aside) is read as if the name closed the apposition,
        // then kept in the mention as the name's ("Ann Roe, 71").
        if (ws[c].low == "," && c >= 2 && ws[c - 1].upper && !ws[c - 1].punct &&
            !age_aside(ws, c + 1, last, sp).empty())
            if (auto m = mention_before(ws, c + 1); m && m->second == c - 1)
                return std::make_pair(m->first, last - 1);
        return std::nullopt;
    }
    if (ws[last].punct)
        return std::nullopt;
    // "a review published on Tuesday which says “Q”", "un rapport publié mardi qui affirme": a relative word
    // ([relative_words]) right before the cue is its subject; the words before it name its antecedent, not who speaks.
    // ("que", "che" are also the word "that": a relative pronoun only right after a comma, "el alcalde, que lo
    // calificó") A relative word after a comma stands for the words before it ("il capogruppo al Senato, che ha parlato
    // di"): they are the mention, where they name someone (antecedent); a function word alone names no one.
    // ("l'allenatore Paolo Sala, che poi ha aggiunto", "el técnico, que luego añadió": an adverb of the cue's,
    // [cue_adverbs], may stand between the relative word and the verb)
    std::size_t rel = last;
    if (rel > 0 && !ws[rel].upper && has_tag(sp.lexs, WordTags::cue_adverb, ws[rel].low) && !ws[rel - 1].punct &&
        in_list(sp.lexs, "relative_words", ws[rel - 1].low))
        --rel;
    if (in_list(sp.lexs, "relative_words", ws[rel].low) &&
        (!in_list(sp.lexs, "that", ws[rel].low) || (rel > 0 && ws[rel - 1].low == ","))) {
        if (rel >= 2 && ws[rel - 1].low == ",")
            if (auto a = antecedent(ws, rel - 1))
                return a;
        return std::make_pair(rel, rel);
    }
    // "wie sie selbst sagte": a pronoun and its stressing word ([intensifier_words]) are the subject, also where
    // the stressing word opens clauses elsewhere ("selbst wenn").
    if (char g = 'x'; last > 0 && !ws[last - 1].punct && in_list(sp.lexs, "intensifier_words", ws[last].low) &&
                      sp.pronoun(ws[last - 1].low, g))
        return std::make_pair(last - 1, last);
    // "Die CCE bestätigte die Zahl nicht und nannte", "Trump skipped the event and said": the subject
    // of a coordinated verb opens the clause.
    if (in_list(sp.lexs, "sentence_openers", ws[last].low) && last > 0) {
        std::size_t c = last;
        // ("The drivers' union Wheelwork welcomed the reform but called": past a plural possessive before a body)
        while (c > 0 && (!ws[c - 1].punct || group_owner_apostrophe(ws, c - 1, sp)) && last - c < 25)
            --c;
        // "Patricia Elizondo celebró la medida, aunque advirtió", "La gobernadora de Sonora, Patricia Elizondo,
        // celebró la medida, aunque advirtió": a conjunction right after a comma joins a second verb to the clause
        // before it, whose subject it shares: the capitalised words opening that clause, or the name set off by
        // commas right before its verb, with the description before the name.
        if (c == last && c >= 2 && ws[c - 1].low == ",")
            if (const auto shared = subject_before_comma(ws, c - 1))
                return shared;
        // "La alcaldesa, Marta Ruiz, celebró la medida y advirtió", "The mayor, Jane Roe, welcomed the plan and
        // said": with no comma before the conjunction, the clause it closes opens on the first verb, lower-case after
        // the comma closing a name set off by commas: that name (with the description before it) is the subject.
        if (c < last && c >= 2 && ws[c - 1].low == "," && !ws[c].upper)
            if (const auto shared = subject_before_comma(ws, last))
                return shared;
        if (c == 0 || ws[c - 1].punct) {
            std::size_t f = c;
            while (f < last && in_list(sp.lexs, "sentence_openers", ws[f].low))
                ++f;
            // "Dennoch räumt sie Fehler ein und gibt an": a sentence adverb (sentence_adverb_at) opening the
            // clause is no subject; where a lower-case word (the verb) follows it, the subject comes after that.
            if (const std::size_t n = f < last ? sentence_adverb_at(ws, f, sp.lexs) : 0; n != 0 && f + n <= last) {
                f += n;
                if (f + 1 < last && !ws[f].upper && !ws[f].punct && !ws[f + 1].punct &&
                    !has_tag(sp.lexs, WordTags::article, ws[f].low) && !sp.stopword(ws[f].low))
                    ++f;
            }
            char g = 'x';
            if (sp.pronoun(ws[f].low, g))
                return std::make_pair(f, f);
            std::size_t e = f;
            while (e < last && (has_tag(sp.lexs, WordTags::article, ws[e].low) || sp.stopword(ws[e].low)) && !ws[e].upper)
                ++e;
            if (e == f && e < last && has_tag(sp.lexs, WordTags::article, ws[e].low))
                ++e; // "Die CCE": a capitalised article
            std::size_t n = e;
            while (n < last && ws[n].upper && !ws[n].punct && !(sp.capitalised_nouns && common_noun(ws[n].low, sp)))
                ++n;
            // "Opposition transport spokesman Mark Haddad welcomed the plan but said", "Le porte-parole Marc Roux a
            // salué le plan mais a dit": lower-case words of a description closed by a role noun or a title, then a
            // name, go on from the article or the capitalised words opening the clause: the subject ends with the name.
            // (German capitalises the description's nouns: the run above reads it)
            if (n > f && n + 2 < last && !ws[n].upper && !sp.capitalised_nouns) {
                std::size_t r = n;
                while (r < last && r < n + 3 && !ws[r].punct && !ws[r].upper && !sp.stopword(ws[r].low))
                    ++r;
                if (r > n && r < last && (role_noun(ws[r - 1].low, sp) || person_title(sp.lexs, ws[r - 1].low) != 0)) {
                    std::vector<Word> head(ws.begin() + static_cast<std::ptrdiff_t>(r),
                                           ws.begin() + static_cast<std::ptrdiff_t>(last));
                    const auto names = names_in(head, sp);
                    if (!names.empty() && names.front().first == 0)
                        return std::make_pair(f, r + names.front().last);
                    // ("O vereador da oposição Henrique Lopes votou contra e acusou", "The leader of the opposition
                    // Jane Roe voted against and called": the role's complement, [complement_words], its articles and
                    // one lower-case noun of what the role is of, then the name; not "The head of the union met Jane
                    // Roe and said": two nouns, a verb among them)
                    if (!names.empty() && names.front().first >= 2 && names.front().first <= 5 &&
                        has_tag(sp.lexs, WordTags::complement, head[0].low)) {
                        std::size_t nouns = 0;
                        for (std::size_t j = 1; j < names.front().first; ++j)
                            nouns += head[j].punct || head[j].upper ? 2
                                     : has_tag(sp.lexs, WordTags::article, head[j].low) || sp.stopword(head[j].low) ? 0
                                                                                                                   : 1;
                        if (nouns == 1)
                            return std::make_pair(f, r + names.front().last);
                    }
                }
            }
            // ("The drivers' union Wheelwork welcomed the reform but called": a plural possessive, a body's noun and
            // the capitalised words of its name)
            if (n == e && e + 3 < last && group_owner_apostrophe(ws, e + 1, sp)) {
                std::size_t m = e + 3;
                while (m < last && ws[m].upper && !ws[m].punct)
                    ++m;
                return std::make_pair(f, m - 1);
            }
            if (n == e + 1 && (e == 0 || ws[e - 1].punct))
                if (const std::size_t head = plural_head(ws, n, last); head != 0)
                    return std::make_pair(f, head);
            // "Los sindicatos celebraron ...", "Les syndicats ont salué ...": an article opening the clause, a
            // common noun in the plural after it.
            if (n == e && e > f)
                if (const std::size_t head = plural_head(ws, e, last); head != 0)
                    return std::make_pair(f, head);
            if (n > e)
                return std::make_pair(f, n - 1);
        }
        return std::nullopt;
    }
    std::size_t first = last;
    // "... pretoriana y el jurista Carlos Nino llamó": a conjunction bounds the subject like a comma, and so
    // does the word opening a subordinate clause ("an explosion that Mayor Jane Doe described as", "the plan which
    // Mayor Jane Doe called", "the cuts are what several lawmakers called").
    // (a free relative word is a stopword: only those are asked for one)
    const WordTags& tags = word_tags(sp.lexs);
    // A relative word ([relative_words]) bounds it before the noun phrase of its clause ("which Mayor Jane Doe
    // called", "in which the billionaire suggested", "which he called"), not before its own verb ("a woman who took
    // pills has described", "whose members are ... said"): there the subject is the phrase it belongs to.
    auto bound = [this, &tags, &ws](std::size_t j) {
        const Word& w = ws[j];
        char g = 'x';
        const bool relative = in_list(sp.lexs, "relative_words", w.low) && j + 1 < ws.size() && !ws[j + 1].punct &&
                              (ws[j + 1].upper || has_tag(sp.lexs, WordTags::article, ws[j + 1].low) ||
                               sp.pronoun(ws[j + 1].low, g));
        // "der Plan sei, wie Berg sagte": a comparative opener ([comparative_opener_words]) bounds it too, and so
        // does a relative adverb ([relative_adverb_words]: "where Jean tells", "où Jean répète", "wo Jens sagt").
        return relative || in_list(sp.lexs, "sentence_openers", w.low) || in_list(sp.lexs, "that", w.low) ||
               in_list(sp.lexs, "comparative_opener_words", w.low) ||
               in_list(sp.lexs, "relative_adverb_words", w.low) ||
               ((tags.of(w) & WordTags::stopword) && in_list(sp.lexs, "free_relative_words", w.low));
    };
    // ("Reuters’ Jane Roe said", "the Times' Ben Vale told": past the owner's bare apostrophe; "The Ministry for
    // Housing and Communities said": past the "and" inside a body's name; "The Taxpayers' Alliance said": past a
    // plural possessive inside one)
    // ("The Department for Environment, Food and Rural Affairs said": past the commas listing a body's fields; "The
    // drivers' union Wheelwork called": past a plural possessive before a body's noun and its name)
    // ("Forest and Bird spokesperson Liam Roe said": past the "and" inside an organisation's name before its member's
    // role, role_owner_joint)
    while (first > 0 &&
           (!ws[first - 1].punct || owner_apostrophe(ws, first - 1) || body_owner_apostrophe(ws, first - 1, sp) ||
            group_owner_apostrophe(ws, first - 1, sp) ||
            (ws[first - 1].low == "," && body_name_joint(ws, first - 1, sp) != 0)) &&
           last - first < 8 &&
           (!bound(first - 1) || body_name_joint(ws, first - 1, sp) != 0 || role_owner_joint(ws, first - 1, sp)))
        --first;
    if (first > 0 && !ws[first - 1].punct)
        if (const std::size_t o = relative_subject(ws, first, last, sp); o != std::string_view::npos)
            return std::make_pair(o, last);
    // "Late on Sunday during a long call with a radio host he blasted", "Dans un entretien il a dénoncé": a
    // subject pronoun ([subject_pronoun_words]) right before the verb is its subject, after a phrase of time or
    // place however long (a phrase opened by a preposition is no subject).
    const bool pronoun_last =
        last > 0 && !ws[last - 1].punct && in_list(sp.lexs, "subject_pronoun_words", ws[last].low);
    if (pronoun_last && ((first > 0 && !ws[first - 1].punct && !bound(first - 1)) ||
                         has_tag(sp.lexs, WordTags::preposition, ws[first].low)))
        return std::make_pair(last, last);
    if (first > 0 && !ws[first - 1].punct && !bound(first - 1)) {
        // "Un ancien collègue de mon père à la mairie de Vic m'a dit", "A former colleague of my father at the town
        // hall told me": before a cue naming the person told, a noun phrase of up to fourteen words opening the clause
        // with an article, a possessive or an indefinite word, no auxiliary (no verb of its own) among them, is the
        // subject; else too long to be one.
        if (!told)
            return std::nullopt;
        std::size_t f = first;
        while (f > 0 && !ws[f - 1].punct && last - f < 13 && !bound(f - 1))
            --f;
        if ((f > 0 && !ws[f - 1].punct) ||
            !(has_tag(sp.lexs, WordTags::article, ws[f].low) ||
              in_list(sp.lexs, "possessive_determiner_words", ws[f].low) ||
              in_list(sp.lexs, "indefinite_words", ws[f].low)))
            return std::nullopt;
        for (std::size_t j = f; j <= last; ++j)
            if (has_tag(sp.lexs, WordTags::auxiliary, ws[j].low) || has_tag(sp.lexs, WordTags::speech_verb, ws[j].low))
                return std::nullopt;
        first = f;
    }
    // "Gingrich cynically dismissed", "Ham also noted": an adverb before the verb is not the subject. (But "A lawyer
    // for the family said", "l'ancien chef du gouvernement a déclaré": a word of an adverb's ending in a complement,
    // after a preposition and perhaps its article, is its noun.)
    const auto noun_after = [&](std::size_t j) {
        constexpr std::uint16_t opener = WordTags::preposition | WordTags::complement;
        if (j == 0 || ws[j - 1].punct)
            return false;
        if (tags.of(ws[j - 1]) & opener)
            return true;
        return j >= 2 && !ws[j - 2].punct && (tags.of(ws[j - 1]) & WordTags::article) && (tags.of(ws[j - 2]) & opener);
    };
    while (last > first && !ws[last].upper &&
           (has_tag(sp.lexs, WordTags::cue_adverb, ws[last].low) || (adverb(ws[last].low) && !noun_after(last))))
        --last;
    // "... when he said", "and he urged": the subject follows the last conjunction of the span.
    for (std::size_t j = last; j > first; --j)
        if (in_list(sp.lexs, "sentence_openers", ws[j - 1].low) && body_name_joint(ws, j - 1, sp) == 0 &&
            !role_owner_joint(ws, j - 1, sp)) {
            first = j;
            break;
        }
    while (first < last && in_list(sp.lexs, "sentence_openers", ws[first].low))
        ++first;
    // "Trotzdem sagte er", "Tuttavia ha detto", "Poi ha detto": a sentence adverb or a time adverb
    // (opening_adverb_at) opening the clause is no subject.
    while (first <= last && (first == 0 || ws[first - 1].punct)) {
        const std::size_t n = opening_adverb_at(ws, first, sp.lexs);
        if (n == 0)
            break;
        first += n;
    }
    if (first > last)
        return std::nullopt;
    helper_bounds(ws, first, last, sp);
    if (first > last)
        return std::nullopt;
    // "despite admitting": no subject at all. Nor is a subordinating conjunction ([clause_conjunction_words]) before a
    // verb whose subject the language drops: "Jeszcze nie, choć przyznał, że ...", "Per ora no, sebbene ammette che
    // ...".
    bool content = false;
    for (std::size_t j = first; j <= last; ++j) {
        char g = 'x';
        content = content || sp.pronoun(ws[j].low, g) ||
                  (!sp.stopword(ws[j].low) && !in_list(sp.lexs, "sentence_openers", ws[j].low) &&
                   !in_list(sp.lexs, "clause_conjunction_words", ws[j].low));
    }
    if (!content)
        return std::nullopt;
    // "Élus et soignants dénoncent", "Doctors and nurses warn": a noun joined by "and" ([subject_and_words]) to the
    // subject, the two opening the clause, is part of it.
    first = joined_subject(ws, first, last);
    // "wo Jens dem Käufer sagt", "als die Ärztin einem Kollegen erklärte": where nouns are capitalised, an article of
    // the dative alone ([dative_article_words]) right after a noun or a name opens the one spoken to before a cue at
    // the clause's end: the subject ends before it.
    if (sp.capitalised_nouns)
        for (std::size_t j = first + 1; j < last; ++j)
            if (!ws[j].upper && ws[j - 1].upper && !ws[j - 1].punct && !(tags.of(ws[j - 1]) & WordTags::preposition) &&
                in_list(sp.lexs, "dative_article_words", ws[j].low)) {
                last = j - 1;
                break;
            }
    // "The chairman of the hoteliers' association, Josef Brandner, called": a name keeps its apposition, words that
    // describe a person (a role noun or a title among them); "Asked about the hours, Mr. Akerley said", "Speaking at
    // the meeting, Mayor Ann Roe said", "On Monday, Tom Vale said", "Lundi, Claire Morel a jugé": a clause or a time
    // before the comma describes no one and is no part of the mention. (A role noun opening the mention after the
    // comma, capitalised words alone before it, describes the name there: "Martin Behrsing, Sprecher des Forums".)
    bool is_name = ws[first].upper && ws[last].upper && last > first;
    if (is_name && first >= 2 && ws[first - 1].low == ",") {
        std::size_t f = first - 1;
        while (f > 0 && !ws[f - 1].punct && first - f < 12)
            --f;
        // ("Sentencing, Judge Helen Ashcroft said": a role noun titling the name that closes the mention, capitalised
        // words alone after it, describes that name, not the word opening the sentence before the comma)
        const auto capitalised = [](const Word& w) { return w.upper && !w.punct; };
        bool describes = role_noun(ws[first].low, sp) &&
                         std::all_of(ws.begin() + static_cast<std::ptrdiff_t>(f),
                                     ws.begin() + static_cast<std::ptrdiff_t>(first - 1), capitalised) &&
                         !(last >= first + 2 && std::all_of(ws.begin() + static_cast<std::ptrdiff_t>(first + 1),
                                                            ws.begin() + static_cast<std::ptrdiff_t>(last + 1),
                                                            capitalised));
        for (std::size_t j = f; j + 1 < first && !describes; ++j)
            describes = role_noun(ws[j].low, sp) || person_title(sp.lexs, ws[j].low) != 0;
        if ((f == 0 || ws[f - 1].punct) && first - 1 > f && describes)
            first = f;
    }
    return std::make_pair(first, last);
}

} // namespace archive::quoting
