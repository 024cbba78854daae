// The names of a unit noted as people of the article (note_names), for the attribution in quote_reader.cpp.
#include "quote_ages.hpp"
#include "quote_cues.hpp"
#include "quote_descriptions.hpp"
#include "quote_elided_articles.hpp"
#include "quote_extractor.hpp"
#include "quote_nouns.hpp"
#include "quote_trades.hpp"
#include "quote_word_tags.hpp"
#include "text.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace archive::quoting {

namespace {

// "Verein Deutsche Sprache (VDS)": the acronym in brackets after ws[last] spells the words ending there (seven at most,
// no mark between).
bool spells_name_before(const std::vector<Word>& ws, std::size_t last, const Speakers& sp) {
    if (!ws[last + 2].acronym)
        return false;
    for (std::size_t f = last + 1; f-- > 0 && last - f < 7 && !ws[f].punct;)
        if (ws[f].upper && acronym_spelled(ws, f, last, ws[last + 2].low, sp))
            return true;
    return false;
}

// Adds the name n to ex.sp's people (Speakers::add_person) and gives back its person. Its text is span_text(s, ws,
// n.first, n.last): when one space parts each word from the next (most names), that is the words as they stand, a
// view of s (most names are of someone known already: no copy is made of them), and its lower case is the words'
// `low`, read already, joined by those spaces (text::lower takes one code point at a time): the name is not
// lower-cased a second time. Otherwise the name is collapsed, and lower-cased by add_person.
int add_name(Speakers& sp, std::string_view s, const std::vector<Word>& ws, const NameSpan& n) {
    for (std::size_t j = n.first; j < n.last; ++j)
        if (ws[j + 1].b != ws[j].e + 1 || s[ws[j].e] != ' ')
            return sp.add_person(span_text(s, ws, n.first, n.last));
    const std::string_view name = s.substr(ws[n.first].b, ws[n.last].e - ws[n.first].b);
    // (on the stack: a name, seldom longer than 30 bytes, is lower-cased by add_person when it does not fit)
    char low[256];
    std::size_t size = 0;
    for (std::size_t j = n.first; j <= n.last; ++j) {
        const std::string_view w = ws[j].low;
        if (size + w.size() + 1 > sizeof low)
            return sp.add_person(name);
        if (j > n.first)
            low[size++] = ' ';
        std::memcpy(low + size, w.data(), w.size());
        size += w.size();
    }
    return sp.add_person(name, std::string_view(low, size));
}

// "The city's mayor presented a plan", "De minister van Verkeer presenteerde", "Der Bürgermeister eröffnete": a role
// noun after an article (a few lower-case words may stand between) that describes none of the unit's names is a
// role the text has not given a name yet: noted in sp.roles_met at its place.
void note_roles(Speakers& sp, const std::vector<Word>& ws, const std::vector<NameSpan>& names,
                const std::vector<char>& describes, std::size_t base) {
    const WordTags& tags = word_tags(sp.lexs);
    // "A ministra da Saúde, Teresa Vidal, visitou", "the mayor of Vale Harbour, Ann Roe, said": the role's words up to
    // a comma, then a name in apposition.
    auto named_after = [&](std::size_t j) {
        std::size_t c = j + 1;
        while (c < ws.size() && c < j + 8 && !ws[c].punct)
            ++c;
        return c + 1 < ws.size() && ws[c].low == "," &&
               std::any_of(names.begin(), names.end(), [c](const NameSpan& n) { return n.first == c + 1; });
    };
    // Word j, determined by an article, is a role met with no name: a role noun describing none of the names, with no
    // name right after it ("the mayor Ann Roe": the name is the role's) nor in apposition.
    auto note = [&](std::size_t a, std::size_t j) {
        const Word& w = ws[j];
        if (w.punct || describes[j] != 0 || !tags.may_be_role_noun(w.low) || !role_noun(w.low, sp))
            return;
        if (j + 1 < ws.size() && !ws[j + 1].punct && ws[j + 1].upper && !(tags.of(ws[j + 1]) & WordTags::stopword))
            return;
        if (named_after(j))
            return;
        // (its gender from the article on: "le vice-président", "la cheffe de service")
        std::vector<std::string_view> phrase;
        for (std::size_t i = a; i <= j; ++i)
            phrase.push_back(ws[i].low);
        sp.roles_met.push_back(Speakers::RoleMet{base + w.b, std::string(w.low), sp.gender_of(phrase),
                                                   a == 0 || ws[a - 1].punct, {}, {}});
        // ("Le ministre chinois", "the Chinese minister": the nationality right after the role or before it)
        for (std::size_t i = a; i <= j + 1 && i < ws.size(); ++i)
            if (i != j && !ws[i].punct && (tags.of(ws[i]) & WordTags::nationality)) {
                sp.roles_met.back().nation = std::string(ws[i].low);
                break;
            }
        // ("le chef du DFAE", "the head of the union": what the role is of, up to a mark)
        if (j + 2 < ws.size() && !ws[j + 1].punct && (tags.of(ws[j + 1]) & WordTags::complement)) {
            phrase.clear();
            for (std::size_t i = j; i < ws.size() && i < j + 6 && !ws[i].punct; ++i)
                phrase.push_back(ws[i].low);
            for (const std::string_view f : role_fields(phrase, sp))
                sp.roles_met.back().fields.emplace_back(f);
        }
    };
    // The words an article determines: the three after it, up to a mark, a preposition, a complement, a speech verb or
    // (but in German) a capitalised word. (Read from the articles forward, on the words' own tags: most words of a
    // unit are asked nothing.)
    std::size_t next = 1; // (the first word not asked yet: each word is asked once, in order)
    // (most words are no article: passed in a loop of their own over the words' own tags, which reads the vector's
    // bounds once, not again after each call the words after an article make)
    const Word* const first = ws.data();
    const std::size_t count = ws.size();
    // (a word words_of tagged is no mark: its own tags answer first, without asking whether it is a mark)
    // (the tags of a mark, and of a word words_of did not tag, are 0: a word whose own tags hold no article is asked
    // only when it is no mark and was not tagged)
    auto article = [&tags](const Word& w) {
        return (w.tags & WordTags::article) != 0 ||
               (!w.tagged && !w.punct && (tags.of(w.low) & WordTags::article) != 0);
    };
    for (std::size_t a = 0; a + 1 < count; ++a) {
        while (a + 1 < count && !article(first[a]))
            ++a;
        if (a + 1 >= count)
            break;
        for (std::size_t j = a + 1; j < count && j <= a + 3; ++j) {
            if (j >= next) {
                next = j + 1;
                note(a, j);
            }
            const Word& w = first[j];
            const std::uint16_t t = w.punct ? 0 : tags.of(w);
            if (w.punct || (t & WordTags::article) != 0 || // (an article's words are its own)
                (t & (WordTags::preposition | WordTags::complement | WordTags::speech_verb)) != 0 ||
                (w.upper && !sp.capitalised_nouns &&
                 // ("the Springbok coach", "the Labour spokesman": one capitalised word right after the article,
                 // a lower-case word after it, qualifies the noun)
                 !(j == a + 1 && j + 1 < count && !first[j + 1].punct && !first[j + 1].upper)))
                break;
        }
    }
}

// "Agência Portuguesa do Ambiente" and "apa", "Federal Aviation Administration" and "faa": the first letter of each
// capitalised word of the name, in order, spells the acronym (the words in lower case between them are left out).
bool initials_spell(const std::vector<Word>& ws, const NameSpan& n, std::string_view low_acronym) {
    std::size_t at = 0;
    for (std::size_t j = n.first; j <= n.last; ++j) {
        if (ws[j].punct || !ws[j].upper)
            continue;
        std::size_t i = 0;
        text::next_cp(ws[j].low, i);
        const std::string_view initial = ws[j].low.substr(0, i);
        if (low_acronym.substr(at, initial.size()) != initial)
            return false;
        at += initial.size();
    }
    return at == low_acronym.size();
}

// note_names' word lists for a set of lexicons, made once for the set on the thread (the units of a page, and the
// pages of a language, ask the same lists): a ListOfLexicons made for each unit cleared the room of its sections and
// found them again.
struct NameLists {
    explicit NameLists(const std::vector<const Lexicon*>& of) : lexs(of) {}
    NameLists(const NameLists&) = delete; // (the lists refer to `lexs`)
    NameLists& operator=(const NameLists&) = delete;
    const std::vector<const Lexicon*> lexs;
    const ListOfLexicons role_fields{lexs, "role_field_words"};
    const ListOfLexicons kin_words{lexs, "kin_words"};
    const ListOfLexicons presenting_words{lexs, "presenting_subject_words"};
    const ListOfLexicons contracted{lexs, "contracted_preposition_words"};
    const ListOfLexicons region_words{lexs, "region_adjective_words"};
    const ListOfLexicons masculine_owners{lexs, "masculine_owner_words"};
    const ListOfLexicons feminine_owners{lexs, "feminine_owner_words"};
};

const NameLists& name_lists(const std::vector<const Lexicon*>& lexs) {
    thread_local std::unique_ptr<NameLists> last;
    if (last == nullptr || last->lexs != lexs)
        last = std::make_unique<NameLists>(lexs);
    return *last;
}

// Word `p` of `ws` links a role noun to its field ("la ministre des Finances", "Secretary of State"): the role noun
// stands right before it, or before the words of up to two more links ("presidente | da câmara | de"), at most three
// words between two links, none a mark; or a trade stands right before it ("l'infirmière de garde, Anne Favre",
// "l'infermiera di turno, Anna Bruni": the trade is the person's, met again as "l'infirmière"), or a relative's noun
// ([kin_words]: "la madre di Luca, Anna Rossi", "la madre de dos alumnos, Carmen Ruiz", met again as "la madre"); or
// it is an expert's own link to the field ([expertise_links]: "el experto en movilidad", "der Experte für Verkehr").
bool role_field_chain(const std::vector<Word>& ws, std::size_t p, const NameLists& lists, const Speakers& sp) {
    const ListOfLexicons& role_fields = lists.role_fields;
    // ("el experto en movilidad Andrés Quiroga": an expert's noun and its own link to the field, [expertise_links])
    if (p > 0 && !ws[p - 1].punct && expertise_link(ws[p - 1].low, ws[p].low, sp))
        return true;
    for (int links = 0; links < 3 && role_fields.has(ws[p].low); ++links) {
        if (p == 0 || ws[p - 1].punct)
            return false;
        if (role_noun(after_elision(ws[p - 1].low), sp) ||
            (links == 0 && (trade_noun(ws[p - 1].low, sp) || lists.kin_words.has(ws[p - 1].low))))
            return true;
        std::size_t j = p - 1;
        while (j > 0 && p - j <= 3 && !ws[j].punct && !role_fields.has(ws[j].low))
            --j;
        if (j + 1 == p || ws[j].punct)
            return false;
        p = j;
    }
    return false;
}

// The name opening at word `first` has one title or role noun right before it ([person_titles], a role noun), a comma
// before that, and a role noun before the comma, of the same gender where both show one (not a list of people: "die
// Ministerin, Bürgermeister Jan Roth und ..."): that comma's index plus one (as the walk back from the name counts),
// else 0.
std::size_t titled_apposition_comma(const std::vector<Word>& ws, std::size_t first, const Speakers& sp) {
    if (first < 3 || ws[first - 1].punct || ws[first - 2].low != "," || ws[first - 3].punct ||
        !role_noun(ws[first - 3].low, sp))
        return 0;
    const std::string_view title = ws[first - 1].low;
    if (person_title(sp.lexs, title) == 0 && !role_noun(title, sp))
        return 0;
    const char role = sp.gender_of({ws[first - 3].low}), titled = sp.gender_of({title});
    return role == 'x' || titled == 'x' || role == titled ? first - 1 : 0;
}

// "Lors d'une conférence de presse à Matignon, François Bayrou a ...", "Nach der Sitzung, Karin Roth trat ...",
// "Interrogé par la presse, Paul Roux a ...": the words between the comma right before the name at `first` and the
// mark before them (or the unit's start) open with a preposition or a word opening such a phrase
// ([fronted_phrase_words]: "lors", "face", "interrogé", "asked"): a phrase set before the sentence's subject, no
// description of the name. (But "Selon le ministre, Paul Roux, la ...": a name set off by a comma after it too is
// the apposition of the role before it.)
// ("Le premier à prendre la parole, Paul Roux, a ...", "The first to speak, Tom Vale, said": an article, a word of
// rank, [rank_words], and a preposition opening the verb after it is who acted first, no role; the name's comma after
// it does not make it an apposition either.)
bool fronted_phrase_before(const std::vector<Word>& ws, const NameSpan& n, const Speakers& sp) {
    const std::size_t most_words = 16;
    if (n.first < 2 || ws[n.first - 1].low != ",")
        return false;
    std::size_t f = n.first - 1;
    while (f > 0 && !ws[f - 1].punct && n.first - f <= most_words)
        --f;
    if (f == n.first - 1 || (f > 0 && !ws[f - 1].punct))
        return false;
    if (f + 3 < n.first - 1 && has_tag(sp.lexs, WordTags::article, ws[f].low) &&
        in_list(sp.lexs, "rank_words", ws[f + 1].low) && has_tag(sp.lexs, WordTags::preposition, ws[f + 2].low))
        return true;
    if (n.last + 1 < ws.size() && ws[n.last + 1].low == ",")
        return false;
    return has_tag(sp.lexs, WordTags::preposition, ws[f].low) || in_list(sp.lexs, "fronted_phrase_words", ws[f].low);
}

// "Volgens de rechter handelde Verbeke met ...", "Laut dem Richter handelte Vesper ...", "According to the judge,
// Varley acted ...": after an according phrase ([according]) opening the clause (note_names finds its word on its
// walk back from the name), the verb or a comma right before the name: the phrase's noun is the source of what the
// sentence says of the name, no description of it. (But "Volgens minister Paul Roux", "Laut Sprecher Jan Roth": a
// role noun or a title right before the name is the name's; "Selon le ministre, Paul Roux, ...": a name set off by
// commas is the apposition of the role before it; "según ha informado el Consistorio": an article or another
// stopword right before the name makes it the phrase's own noun.)
bool source_before_name(const std::vector<Word>& ws, const NameSpan& n, const Speakers& sp) {
    const Word& w = ws[n.first - 1];
    if (w.low == ",")
        return n.last + 1 >= ws.size() || ws[n.last + 1].low != ",";
    return !w.punct && !w.upper && !sp.stopword(w.low) && !role_noun(w.low, sp) && person_title(sp.lexs, w.low) == 0;
}

// "Interrogé par la présidente, Anne Roux, l'accusé a répété", "Questioned by the judge, Ann Roe, the defendant said":
// the words after the comma closing a name are an article and a noun, or a noun with its article elided into it
// ("l'accusé"), and a verb (an auxiliary or a speech verb) right after: they are the subject of the sentence the
// name's phrase was set before, no apposition describing the name; nor is an auxiliary right after the comma.
bool clause_after_name(const std::vector<Word>& ws, std::size_t a, const Speakers& sp) {
    const WordTags& tags = word_tags(sp.lexs);
    if (a >= ws.size() || ws[a].punct)
        return false;
    // ("Le premier à prendre la parole, Paul Roux, a défendu": the verb right after the comma is the name's own)
    if ((tags.of(ws[a]) & WordTags::auxiliary) != 0 && (tags.of(ws[a]) & WordTags::article) == 0)
        return true;
    const bool elided = elided_article_word(ws[a].low, sp.lexs);
    if (!elided && (tags.of(ws[a]) & WordTags::article) == 0)
        return false;
    for (std::size_t j = a + 1; j < ws.size() && j <= a + 2 && !ws[j].punct; ++j)
        if ((tags.of(ws[j]) & (WordTags::auxiliary | WordTags::speech_verb)) != 0)
            return j > a + 1 || elided;
    return false;
}

} // namespace

// The names met in a unit are mentions too (for pronouns and role descriptions), with their appositions: each
// becomes a person of ex.sp, with its description, whether it may be a subject, its gender and title; `base` places
// the unit's bytes among all units.
void note_names(Extractor& ex, std::string_view s, const std::vector<Word>& ws, const std::vector<QuoteSpan>& spans,
                std::size_t base, bool caption) {
    const WordTags& tags = word_tags(ex.sp.lexs);
    const NameLists& lists = name_lists(ex.sp.lexs);
    const ListOfLexicons& kin_words = lists.kin_words;
    // (the numbers of all languages in one set, found once: asked of the word before most names)
    static const LexiconSection& cardinal_words = any_language_section("cardinal_words");
    const ListOfLexicons& presenting_words = lists.presenting_words;
    const ListOfLexicons& contracted = lists.contracted;
    // (for each name below, cleared for it; their room is kept from one unit to the next)
    thread_local std::vector<std::string_view> desc, before, appositive_words;
    thread_local std::vector<std::uint16_t> desc_tags, before_tags, appositive_tags; // (their words' WordTags)
    thread_local std::vector<NameSpan> names; // (a unit's names, in the room of the last unit's)
    names_into(names, ws, ex.sp);
    // (the quotes' words are reported words: a name met there ranks after the writer's for a later pronoun)
    for (const QuoteSpan& q : spans)
        ex.sp.note_reported(base + q.open, base + q.close);
    // (the words describing a name before or after it: a role noun among them is that person's)
    thread_local std::vector<char> describes;
    describes.assign(ws.size(), 0);
    for (const auto& n : names) {
        // "Als Webers Onkel 1983 starb": a name closed by a relative's noun ([kin_words]) after the owner's genitive
        // in -s is that owner's relative, whom the text does not name: someone with no name (see Extractor::resolve's
        // pronouns). (The genitive's last letter is asked first: most names have none.)
        if (n.last > n.first && n.last - n.first <= 2 && ws[n.last - 1].low.back() == 's' &&
            kin_words.has(ws[n.last].low)) {
            const std::vector<std::string_view> noun = {ws[n.last].low};
            add_unnamed(ex.sp, base + ws[n.first].b, ex.sp.gender_of(noun), noun);
            continue;
        }
        int k = add_name(ex.sp, s, ws, n);
        // ("Darren Pickett, 46, drove": the age given with the name is the person's, quote_ages.cpp)
        note_age(ex.sp, ws, n, k);
        // "anunciou a Agência Portuguesa do Ambiente (APA)", "the Federal Aviation Administration (FAA) said": an
        // acronym in brackets after a name, made of the initials of its capitalised words, is how the text names it
        // later ("Segundo a APA", "an FAA spokesman"): the acronym finds the full name.
        if (n.last + 3 < ws.size() && ws[n.last + 1].low == "(" && ws[n.last + 2].acronym && ws[n.last + 3].low == ")" &&
            n.last > n.first && initials_spell(ws, n, ws[n.last + 2].low))
            ex.sp.note_acronym(k, ws[n.last + 2].low);
        // A name that may be the subject of a later "he said": not one inside quoted words ("Great Britain
        // has always been our partner") nor one after a preposition ("killed in South Carolina").
        {
            std::size_t at = ws[n.first].b;
            // Spans are the outermost quotes, in order: only the last one opening before `at` can hold it.
            auto after = std::upper_bound(spans.begin(), spans.end(), at,
                                          [](std::size_t v, const QuoteSpan& q) { return v <= q.open; });
            bool in_quote = after != spans.begin() && at < std::prev(after)->close;
            // ("por los Derechos Humanos": an article may stand between)
            std::size_t p = n.first;
            if (p > 1 && !ws[p - 1].punct && (tags.of(ws[p - 1]) & WordTags::article))
                --p;
            bool after_preposition = p > 0 && !ws[p - 1].punct && (tags.of(ws[p - 1]) & WordTags::preposition);
            // ("hält seit dreißig Jahren Bienen", "fängt mit 2 Netzen Forellen": nor one after a number, a count of
            // things, [cardinal_words], a word of none of the tagged lists; "Es sind Dunkle Bienen", "There are Shire
            // Horses": nor one after the verb of a clause opened by a subject that only presents it,
            // [presenting_subject_words]; asked only of a name that would be a subject)
            auto counted = [&] {
                const Word& w = ws[p - 1];
                return (!w.low.empty() && text::is_digit(static_cast<unsigned char>(w.low.front()))) ||
                       (tags.of(w) == 0 && cardinal_words.has(w.low));
            };
            auto presented = [&] {
                return p >= 2 && !ws[p - 1].upper && !ws[p - 2].punct && (p == 2 || ws[p - 3].punct) &&
                       presenting_words.has(ws[p - 2].low);
            };
            // ("Poi è toccato a Ada Neri.", "Then it was the turn of Ann Roe.": a phrase handing someone the floor,
            // [floor_phrases], ends on the preposition before the name, who speaks next as a subject would)
            auto given_the_floor = [&] {
                const std::size_t most_words = 4;
                // (the phrase's word before its preposition, [floor_words], asked first: most names after a
                // preposition follow none)
                if (p < 2 || ws[p - 2].punct || !in_list(ex.sp.lexs, "floor_words", ws[p - 2].low))
                    return false;
                for (std::size_t w = 2; w <= most_words && w <= p; ++w)
                    if (listed_phrase_at(ws, p - w, ex.sp.lexs, "", "floor_phrases") == w)
                        return true;
                return false;
            };
            Person& person = ex.sp.people[static_cast<std::size_t>(k)];
            // ("Via Valassina sott'acqua (Ansa)", "Tom Vale at the pier": a caption's line is no sentence, its first
            // name no subject of one)
            // "la région Centre-Val de Loire", "the parish of Little Saxham", "la provincia di Cuneo": a lower-case
            // noun of a kind of place ([place_kind_words]) right before the name, or before the word linking it to
            // the name ([body_link_words]), makes the name a place's: no one a role or a pronoun stands for later.
            // (asked only where a lower-case word of four letters or more, or a link, stands before the name)
            auto place_kind = [&] {
                std::size_t j = n.first;
                if (j >= 2 && !ws[j - 1].punct && ws[j - 1].low.size() <= 3 && !ws[j - 2].punct &&
                    in_list(ex.sp.lexs, "body_link_words", ws[j - 1].low))
                    --j;
                return j >= 1 && !ws[j - 1].punct && !ws[j - 1].upper && ws[j - 1].low.size() >= 4 &&
                       in_list(ex.sp.lexs, "place_kind_words", ws[j - 1].low);
            };
            // "in northern Sierra Leone", "im ländlichen Ghana": a preposition and a word of the part of a land
            // ([region_adjective_words]) before the name make it a place's, which no later "she told us" stands for.
            auto after_region_word = [&] {
                return n.first >= 2 && !ws[n.first - 1].punct && lists.region_words.has(ws[n.first - 1].low) &&
                       !ws[n.first - 2].punct && (tags.of(ws[n.first - 2]) & WordTags::preposition) != 0;
            };
            if (!person.personal && n.first >= 1 && !ws[n.first - 1].punct && !ws[n.first - 1].upper && place_kind())
                person.place = true;
            else if (!person.personal && n.first >= 1 && after_region_word())
                person.place = true;
            else if (!caption && !in_quote && (!after_preposition || given_the_floor()) &&
                     (p == 0 || ws[p - 1].punct || (!counted() && !presented())))
                person.subject = true;
            // ("am Flughafen Halle", "beim Verein Grünhof", "au Palais Bourbon": a preposition holding an article,
            // [contracted_preposition_words], right before the name)
            else if (after_preposition && p == n.first && contracted.has(ws[p - 1].low))
                person.place = true;
        }
        // One walk back from the name, to the clause's start (a verb of saying, a punctuation mark but the comma right
        // before the name), gives two lists of words:
        // - `desc`, the description right before the name ("le chef de la diplomatie russe, Sergueï Lavrov" /
        //   "Bundeskanzlerin Angela Merkel"), six words at most, up to an auxiliary or a preposition
        //   ("Gemeindepräsidentin Regula Aebischer vor dem Schulhaus Bachmatt": the words before a preposition describe
        //   someone else);
        // - `before`, the noun phrase before the name, for its gender, ten words at most: its complements stay out
        //   later ("la conseillère chargée de la santé, Sophie Mercier", "le chef de la diplomatie russe, Sergueï
        //   Lavrov").
        desc.clear(); // (views of the words of ws)
        before.clear();
        desc_tags.clear();
        before_tags.clear();
        // (`before` serves only gender_of, asked below only of a person whose gender is not known yet: for the others
        // it is not kept, and the walk ends with the description)
        const bool wants_gender = ex.sp.people[static_cast<std::size_t>(k)].gender == 'x';
        bool describing = true;
        int taken = 0;
        std::size_t walked = 0; // (the words of `before`, kept or not)
        // ("Die Verteidigerin, Rechtsanwältin Eva Roth,", "the defence counsel, attorney Ann Roe,": the comma before a
        // title or role noun right before the name sets off an apposition as well, the role before it the person's)
        const std::size_t comma_at = titled_apposition_comma(ws, n.first, ex.sp);
        // (nor past a fronted phrase's comma: fronted_phrase_before)
        const bool fronted = fronted_phrase_before(ws, n, ex.sp);
        bool according = false; // (an according phrase opens the clause: source_before_name)
        for (std::size_t b = n.first; b > 0 && walked < 10 && (describing || wants_gender); --b) {
            const Word& w = ws[b - 1];
            if (w.punct && (fronted || !(w.low == "," && (b == n.first || b == comma_at))))
                break;
            const std::uint16_t t = w.punct ? 0 : tags.of(w);
            if (t & WordTags::speech_verb)
                break;
            according = according || ((t & WordTags::according) != 0 && (b == 1 || ws[b - 2].punct));
            // ("mit Arbeitsminister Jan Roth und Landesgeschäftsführerin Eva Berg", "with Mayor Tom Vale and union
            // leader Ann Roe": a word joining the name to the name before it ends the walk; the other's role is not
            // this one's)
            if (b >= 2 && &n != names.data() && (&n - 1)->last == b - 2 && in_list(ex.sp.lexs, "coordinating_words", w.low))
                break;
            if (describing) {
                bool ends = taken == 6 || (t & WordTags::auxiliary) != 0;
                // ("la ministre des Finances Clara Holt", "Secretary of State Clara Holt": the word linking a role noun
                // to its field, [role_field_words], goes on to the role noun; asked only of a preposition; "o
                // presidente da câmara de Coimbra, Henrique Matos", "le président du conseil départemental du Doubs,
                // Paul Roy": so does a chain of such links, each one or two words and an article)
                if (!ends && (t & WordTags::preposition))
                    ends = !role_field_chain(ws, b - 1, lists, ex.sp);
                describing = !ends;
            }
            if (describing) {
                describes[b - 1] = 1;
                if (!w.punct) {
                    desc.emplace_back(w.low);
                    desc_tags.push_back(t);
                }
                ++taken;
            }
            if (!w.punct) {
                ++walked;
                if (wants_gender) {
                    before.emplace_back(w.low);
                    before_tags.push_back(t);
                }
            }
        }
        // (the words before the name after an according phrase: the source's, source_before_name)
        if (according && n.first >= 2 && source_before_name(ws, n, ex.sp)) {
            for (std::size_t b = n.first; b > 0 && describes[b - 1] != 0; --b)
                describes[b - 1] = 0;
            desc.clear();
            desc_tags.clear();
            before.clear();
            before_tags.clear();
        }
        // "Jane Doe, a spokeswoman for the agency," / "Martin Roth, Sprecher des Vereins": a role noun in
        // the apposition makes the name a person's.
        const std::size_t appositive = desc.size();
        if (n.last + 2 < ws.size() && ws[n.last + 1].low == "," && !clause_after_name(ws, n.last + 2, ex.sp)) {
            for (std::size_t a = n.last + 2; a < ws.size() && a < n.last + 8 && !ws[a].punct; ++a) {
                describes[a] = 1;
                desc.emplace_back(ws[a].low);
                desc_tags.push_back(tags.of(ws[a]));
                if (a < n.last + 5 && tags.may_be_role_noun(ws[a].low) && role_noun(ws[a].low, ex.sp))
                    ex.sp.people[static_cast<std::size_t>(k)].personal = true;
            }
            // "Ana Ruiz, de la Asamblea Vecinal por los Derechos de los Inquilinos (AVDI),", "Jan Berg, Sprecher der
            // Internationalen Energie-Agentur (IEA),": the acronym closing the body's name in brackets is how the text
            // names the body later ("la referente de la AVDI", "der Sprecher der IEA"), however long the name.
            std::size_t a = n.last + 2;
            while (a < ws.size() && a < n.last + 16 && !ws[a].punct)
                ++a;
            if (a > n.last + 2 && a + 2 < ws.size() && ws[a].low == "(" && ws[a + 1].acronym && ws[a + 2].low == ")") {
                desc.emplace_back(ws[a + 1].low);
                desc_tags.push_back(tags.of(ws[a + 1]));
            }
        } else if (n.last + 3 < ws.size() && ws[n.last + 1].low == "(" && ws[n.last + 3].low == ")" &&
                   ws[n.last + 2].upper && !ws[n.last + 2].punct && !spells_name_before(ws, n.last, ex.sp)) {
            // "Karl Hofbauer (FPÖ)", "Frank Lindemann (Grüne)", "Lucien Roy (PS)": one capitalised word in brackets
            // right after a name is the person's party or body, which a party's role names later ("der
            // FPÖ-Politiker", "le député PS"): it describes them (not an acronym spelling the name before it, "Verein
            // Deutsche Sprache (VDS)": the body's other name, noted below).
            desc.emplace_back(ws[n.last + 2].low);
            desc_tags.push_back(tags.of(ws[n.last + 2]));
        }
        ex.sp.describe(k, desc, &desc_tags);
        // ("Son chef de groupe Thomas Aeschi", "Tom Hale, head of the union,": what the role is of, the words before
        // the name back in reading order)
        if (std::any_of(desc_tags.begin(), desc_tags.end(),
                        [](std::uint16_t t) { return (t & WordTags::complement) != 0; })) {
            Person& p = ex.sp.people[static_cast<std::size_t>(k)];
            ex.sp.add_fields(
                p, std::vector<std::string_view>(desc.rend() - static_cast<std::ptrdiff_t>(appositive), desc.rend()));
            ex.sp.add_fields(
                p, std::vector<std::string_view>(desc.begin() + static_cast<std::ptrdiff_t>(appositive), desc.end()));
        }
        // "la députée Claire Morel", "John Roe, a spokesman for the port": the description's gender is the person's.
        if (Person& p = ex.sp.people[static_cast<std::size_t>(k)]; p.gender == 'x') {
            p.gender = ex.sp.gender_of(before, true, &before_tags);
            // ("Son secrétaire général, Luc Favre, parle d'une mesure": a name set off by commas after a role noun's
            // phrase is that phrase's apposition; the words after it are the sentence's verb and its object, whose
            // gender is not the person's)
            const bool set_off = n.first > 0 && ws[n.first - 1].low == "," &&
                                 std::any_of(before.begin(), before.end(),
                                             [&ex](std::string_view w) { return role_noun(w, ex.sp); });
            if (p.gender == 'x' && !set_off) {
                appositive_words.assign(desc.begin() + static_cast<std::ptrdiff_t>(appositive), desc.end());
                appositive_tags.assign(desc_tags.begin() + static_cast<std::ptrdiff_t>(appositive), desc_tags.end());
                // ("Lucía Prieto, portavoz del PP en el Ayuntamiento,", "Luca Ferri, portavoce in consiglio
                // comunale,": the words after a preposition or a complement's word are what the role is of or where,
                // whose article's gender is not the person's)
                for (std::size_t i = 1; i < appositive_tags.size(); ++i)
                    if ((appositive_tags[i] & (WordTags::complement | WordTags::preposition)) != 0) {
                        appositive_words.resize(i);
                        appositive_tags.resize(i);
                        break;
                    }
                p.gender = ex.sp.gender_of(appositive_words, false, &appositive_tags);
            }
        }
        // "Mr. Vale", "Frau Berger", "Ministerin Anna Muster": a title or role noun makes a person.
        if (n.first > 0 && !ws[n.first - 1].punct) {
            Person& p = ex.sp.people[static_cast<std::size_t>(k)];
            // (a word that is no title's, most words before a name, is told by its tags, without the titles' look-up)
            const char g = (tags.of(ws[n.first - 1]) & WordTags::person_title) != 0
                               ? person_title(ex.sp.lexs, ws[n.first - 1].low)
                               : 0;
            if (g != 0) {
                p.personal = true;
                if (g != 'x')
                    p.gender = g;
            } else if (tags.may_be_role_noun(ws[n.first - 1].low) && role_noun(ws[n.first - 1].low, ex.sp)) {
                p.personal = true;
            } else if (ex.sp.capitalised_nouns && ws[n.first - 1].upper && trade_noun(ws[n.first - 1].low, ex.sp)) {
                p.personal = true; // ("Anwohner Xaver Brunnhuber": a trade the German name reader left out before it)
            }
        }
        // "The defendant, Mark Evans, shook his head.", "Helen Carter described herself as fair": a possessive or a
        // reflexive of one gender ([masculine_owner_words], [feminine_owner_words]) in the name's clause after it,
        // a dozen words at most with no mark but commas and no other name between, turns back to that person.
        if (Person& p = ex.sp.people[static_cast<std::size_t>(k)]; p.gender == 'x') {
            const std::size_t most_words = 12;
            const std::size_t next = &n + 1 != names.data() + names.size() ? (&n + 1)->first : ws.size();
            for (std::size_t j = n.last + 1; j < next && j <= n.last + most_words && p.gender == 'x'; ++j) {
                if (ws[j].punct && ws[j].low != ",")
                    break;
                if (lists.masculine_owners.has(ws[j].low))
                    p.gender = 'm';
                else if (lists.feminine_owners.has(ws[j].low))
                    p.gender = 'f';
            }
        }
        ex.sp.mentioned(base + ws[n.first].b, k);
    }
    // "Die Deutsche Flugsicherung (DFS) teilte mit", "La Direction générale de l'aviation civile (DGAC) a annoncé": a
    // body whose name is none of the names above (it holds a common noun, or lower-case words) is known by the acronym
    // in brackets after it later ("erklärte die DFS", "a précisé la DGAC"): the words right before the brackets that
    // spell it (acronym_spelled; the fewest that do) join the people under the body's name, which the acronym finds.
    // (a "(" word is that byte of s, and each such byte is a "(" word: the words are not walked one by one for them,
    // but the brackets of s are found, in order, and their words)
    for (std::size_t at = s.find('('); at != std::string_view::npos; at = s.find('(', at + 1)) {
        const std::size_t i = word_at_byte(ws, at);
        if (i == 0 || i + 2 >= ws.size() || ws[i].b != at)
            continue;
        if (ws[i].low != "(" || !ws[i + 1].acronym || ws[i + 2].low != ")" || ws[i - 1].punct ||
            ex.sp.find_person_lowered(ws[i + 1].low) >= 0)
            continue;
        // ("Ana Ruiz, de la Asamblea Vecinal (AV),": the body of a name's apposition describes that person, and
        // "la referente de la AV" is her)
        const auto described = [&](const NameSpan& n) {
            const auto& roles = ex.sp.people[static_cast<std::size_t>(ex.sp.find_person_lowered(ws[n.last].low))].roles;
            return std::find(roles.begin(), roles.end(), ws[i + 1].low) != roles.end();
        };
        if (std::any_of(names.begin(), names.end(), [&](const NameSpan& n) {
                return n.last < i && ex.sp.find_person_lowered(ws[n.last].low) >= 0 && described(n);
            }))
            continue;
        for (std::size_t f = i; f-- > 0 && i - f <= 7 && !ws[f].punct;)
            if (ws[f].upper && (tags.of(ws[f]) & WordTags::stopword) == 0 &&
                acronym_spelled(ws, f, i - 1, ws[i + 1].low, ex.sp)) {
                ex.sp.note_acronym(ex.sp.add_person(span_text(s, ws, f, i - 1)), ws[i + 1].low);
                break;
            }
    }
    note_roles(ex.sp, ws, names, describes, base);
}

} // namespace archive::quoting
