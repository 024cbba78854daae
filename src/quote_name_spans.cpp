// The names of a sentence (names_in, names_into): runs of capitalised words that may name a person, cut where the nouns
// of quote_nouns.cpp, titles, owners in the possessive, nicknames in quote marks, particles, offices and counted things
// tell that a word is no part of one; and the text of a run of words (span_text).
#include "quote_cues.hpp"
#include "quote_descriptions.hpp"
#include "quote_inner_particles.hpp"
#include "quote_lone_names.hpp"
#include "quote_name_bodies.hpp"
#include "quote_nouns.hpp"
#include "quote_office_fields.hpp"
#include "quote_trades.hpp"
#include "quote_word_tags.hpp"

#include "text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace archive::quoting {

std::vector<NameSpan> names_in(const std::vector<Word>& ws, const Speakers& sp) {
    std::vector<NameSpan> out;
    names_into(out, ws, sp);
    return out;
}

namespace {

// "Mayor Ann May said", "Theresa May": a month's name that is a small word of the language too (the modal "may"),
// capitalised right after a capitalised word, is a surname, unless a day's number follows ("Friday May 5").
bool month_surname(const std::vector<Word>& ws, std::size_t j, const Speakers& sp) {
    if (j + 1 < ws.size() && !ws[j + 1].low.empty() && text::is_digit(static_cast<unsigned char>(ws[j + 1].low[0])))
        return false;
    return month_word(sp.lexs, ws[j].low);
}

// A capitalised word that may be a surname after a given name or a particle: no mark, acronym, small word, particle,
// role, common noun nor title.
bool surname_word(const Word& nx, const Speakers& sp) {
    return !nx.punct && nx.upper && !nx.acronym && !sp.stopword(nx.low) && !particle(nx.low) && !role_noun(nx.low, sp) &&
           !common_noun(nx.low, sp) && !title_noun(nx.low, sp);
}

// "der Korrespondent in Mexiko-Stadt, Will Brandt", "the correspondent, Will Roe", "sagte Ben Roth": a given name that is
// a small word of a language too ([given_names_also_words], a stopword of en, de, nl or it) opens a name where it is
// capitalised inside a sentence (the caller asks it of no word opening one: "Will Congress act?") and a name's word
// follows it, perhaps after its particles.
bool given_name_opens(const std::vector<Word>& ws, std::size_t k, const Speakers& sp) {
    static const LexiconSection* given = common_lexicon().section("given_names_also_words"); // (looked up once)
    if (given == nullptr || k + 1 >= ws.size() || !given->has(ws[k].low))
        return false;
    std::size_t j = k + 1; // ("Ben de Wit": past a name's particles)
    while (j + 1 < ws.size() && j < k + 3 && !ws[j].punct && !ws[j].upper && particle(ws[j].low))
        ++j;
    return surname_word(ws[j], sp);
}

// "zei De Vries", "ha detto Di Stefano", "disse Dos Santos": a surname's particle ([capital_particle_words]; not a bare
// article such as "le", "der", "al"), capitalised inside a sentence (the caller asks it of no word
// opening one: "De minister zei" opens on an article), before a capitalised word that is no small word, particle or
// noun, opens the name where a speech verb stands right before it (a surname met alone after its cue). Elsewhere a
// capitalised "De" may open a title ("fietsenwinkel De Spaak", "de krant De Morgen").
bool particle_opens(const std::vector<Word>& ws, std::size_t k, const Speakers& sp) {
    static const LexiconSection* capital = common_lexicon().section("capital_particle_words"); // (looked up once)
    if (capital == nullptr || k == 0 || k + 1 >= ws.size() || !capital->has(ws[k].low))
        return false;
    return surname_word(ws[k + 1], sp) && is_speech_verb(sp.lexs, ws[k - 1].low);
}

// "écrit Le Temps", "schreibt Die Zeit", "writes The Sentinel", "La Liberté estime que": an article of
// [title_article_words], capitalised inside a sentence (the caller asks it of no word opening one), then one
// capitalised word that may be a name's (surname_word), a speech verb right before the article (a mark closing the
// title) or right after that word, is the first word of a paper's title (printed so), and opens the name.
bool title_article_opens(const std::vector<Word>& ws, std::size_t k, const Speakers& sp) {
    if (k == 0 || k + 1 >= ws.size() || !title_article(ws[k].low, sp))
        return false;
    // (the title closed by a mark or the verb: not "résume Le Phare de l'Adour", whose name goes on)
    const bool closed = k + 2 >= ws.size() || ws[k + 2].punct;
    if (!surname_word(ws[k + 1], sp))
        return false;
    if ((closed && is_speech_verb(sp.lexs, ws[k - 1].low)) || (!closed && is_speech_verb(sp.lexs, ws[k + 2].low)))
        return true;
    // "écrit Le Temps dans son édition de mardi", "scrive La Stampa nell'edizione di oggi": after a verb of writing
    // ([writing_verb_words]) the title goes on with words in small letters; but not a person's surname opening on the
    // article where the page named that person ("a écrit Le Pen dans un message" after "Marine Le Pen")
    return !closed && !ws[k + 2].upper && in_list(sp.lexs, "writing_verb_words", ws[k - 1].low) &&
           !known_surname(ws, k, k + 1, sp);
}

} // namespace

bool title_article(std::string_view w, const Speakers& sp) {
    static const LexiconSection* articles = common_lexicon().section("title_article_words"); // (looked up once)
    // (a language's own list only where the page has one language: "A" is a word of English, "O" a name's initial)
    return (articles != nullptr && articles->has(w)) ||
           (sp.lexs.size() == 1 && in_list(sp.lexs, "title_article_words", w));
}

bool known_surname(const std::vector<Word>& ws, std::size_t first, std::size_t last, const Speakers& sp) {
    const int k = sp.find_by_last_name(ws[last].low);
    if (k < 0)
        return false;
    std::string run;
    for (std::size_t j = first; j <= last; ++j)
        run.append(" ").append(ws[j].low);
    const std::string& low = sp.people[static_cast<std::size_t>(k)].low;
    return low.size() > run.size() && low.ends_with(run);
}

std::size_t inner_particle_end(const std::vector<Word>& ws, std::size_t e, const Speakers& sp) {
    static const LexiconSection* inner = common_lexicon().section("inner_capital_particle_words"); // (looked up once)
    // (the word after ws[e] first: most capitals after a name's word are no particle)
    if (inner == nullptr || e + 1 >= ws.size() || ws[e + 1].punct || !inner->has(ws[e + 1].low))
        return 0;
    // ("keinen Plan B. Der Gemeinderat", "le plan B. La Rochelle": a word that took a dot may end its sentence)
    if (ws[e].low.ends_with('.') || particle(ws[e].low))
        return 0;
    std::size_t j = e + 1;
    while (j < ws.size() && j < e + 3 && !ws[j].punct && ws[j].upper && inner->has(ws[j].low))
        ++j;
    return j > e + 1 && j < ws.size() && surname_word(ws[j], sp) ? j : 0;
}

namespace {

// "NBC's Dante Chinni", "the Post’s Ann Roe"... in the run ws[k..e]: the index of the first word after the
// run's last word in the possessive when two capitalised words end the run after it that can name a person, else k.
// Words of a body after it ("Norland's Central Bank", [organisation_words]), or a role and its link before the owner
// ("the governor of Norland's ..."), make the whole a body's name; more words ("Sydney’s Central Business
// District") are a title-case name or heading more often than a person's.
// ("Reuters' Jane Roe": the owner's apostrophe alone, owner_apostrophe, is a mark of its own in the run)
std::size_t owner_before_name(const std::vector<Word>& ws, std::size_t k, std::size_t e, const Speakers& sp) {
    std::size_t j = e;
    while (j > k && !ends_after(ws[j - 1].low, "'s", 1) && !ends_after(ws[j - 1].low, "\xE2\x80\x99s", 1) &&
           !owner_apostrophe(ws, j - 1))
        --j;
    if (j == k || e != j + 1)
        return k;
    for (std::size_t x = j; x <= e; ++x) {
        const std::string_view w = ws[x].low;
        if (ws[x].punct || !ws[x].upper || ws[x].acronym || particle(w) || role_noun(w, sp) || common_noun(w, sp) ||
            title_noun(w, sp) || listed_noun(w, "medium_words", sp) || listed_noun(w, "body_words", sp) ||
            listed_noun(w, "organisation_words", sp))
            return k;
    }
    if (k >= 2 && !ws[k - 1].punct && in_list(sp.lexs, "body_link_words", ws[k - 1].low) && role_noun(ws[k - 2].low, sp))
        return k;
    return j;
}

// "King Henry V", "le roi Henri V", "Kaiser Karl V.", "Henry V" after "King Henry V" was named: the one capital letter
// after ws[k] is a roman numeral (I, V, X) of a ruler's name, after a royal title ([regnal_titles]) or where a person
// named before ends with the same given name and numeral.
bool regnal_numeral(const std::vector<Word>& ws, std::size_t k, const Speakers& sp) {
    const std::string_view letter = ws[k + 1].low;
    if (letter != "i" && letter != "v" && letter != "x")
        return false;
    if (k > 0 && !ws[k - 1].punct && in_list(sp.lexs, "regnal_titles", ws[k - 1].low))
        return true;
    const int p = sp.find_by_last_name(letter);
    if (p < 0)
        return false;
    const std::string_view known = sp.people[static_cast<std::size_t>(p)].low;
    const std::string_view given = ws[k].low;
    // (the known name ends with "<given> <letter>", the given name a whole word of it)
    const std::size_t tail = given.size() + 1 + letter.size();
    return known.size() >= tail && known.compare(known.size() - tail, given.size(), given) == 0 &&
           (known.size() == tail || known[known.size() - tail - 1] == ' ');
}

// A punctuation word that is one quote mark (" “ ” „ « » ‘ ’ ‹ ›).
bool mark_word(const Word& w) {
    std::size_t i = 0;
    return w.punct && text::is_quote_mark(text::next_cp(w.low, i)) && i == w.low.size();
}

} // namespace

std::size_t nickname_end(const std::vector<Word>& ws, std::size_t e, const Speakers& sp) {
    if (e + 4 >= ws.size() || ws[e].punct || !ws[e].upper || !mark_word(ws[e + 1]))
        return 0;
    std::size_t j = e + 2;
    while (j < ws.size() && j < e + 4 && !ws[j].punct && ws[j].upper && !sp.stopword(ws[j].low))
        ++j;
    if (j == e + 2 || j + 1 >= ws.size() || !mark_word(ws[j]))
        return 0;
    const Word& surname = ws[j + 1];
    return !surname.punct && surname.upper && !sp.stopword(surname.low) && !role_noun(surname.low, sp) ? j + 1 : 0;
}

namespace {

// The word lists names_into asks about a few words of a sentence, their sections found once for the thread's
// last set of lexicons (a page's; the set of every page of a language is the same) rather than on each call:
// names_into runs for each unit and many mentions, and finding the sections by their names cost more than the
// few words asked of them.
class NameLists {
public:
    enum List : std::size_t {
        imperatives,
        role_fields,
        genitive_roles,
        cardinals,
        quantifiers,
        sentence_adverbs,
        opening_adverbs,
        office_fields,
        full_name_titles,
        count
    };

    explicit NameLists(const std::vector<const Lexicon*>& lexs) : lexs_(lexs) {
        thread_local Found found; // (plain data: no guard on each call)
        if (lexs.size() > found.key.size()) // (more lexicons than there are languages: asked the slow way)
            return;
        found_ = &found;
        // (compared a pointer at a time, inline: most sets hold one lexicon, and std::equal is a call of memcmp)
        std::size_t same = 0;
        while (found.set && found.n == lexs.size() && same < lexs.size() && lexs[same] == found.key[same])
            ++same;
        if (found.set && same == lexs.size())
            return;
        found.set = true;
        found.n = lexs.size();
        std::copy(lexs.begin(), lexs.end(), found.key.begin());
        for (std::size_t list = 0; list < count; ++list) {
            found.sizes[list] = 0;
            for (const Lexicon* lex : lexs)
                if (const LexiconSection* sec = section_of(lex, names[list]))
                    found.secs[list][found.sizes[list]++] = sec;
        }
    }
    /// Whether a lexicon of the set has the list.
    bool any(List list) const {
        if (found_ == nullptr)
            return std::any_of(lexs_.begin(), lexs_.end(),
                               [list](const Lexicon* lex) { return section_of(lex, names[list]) != nullptr; });
        return found_->sizes[list] != 0;
    }
    bool has(List list, std::string_view w) const {
        if (found_ == nullptr)
            return in_list(lexs_, names[list], w);
        for (std::size_t k = 0; k < found_->sizes[list]; ++k)
            if (found_->secs[list][k]->has(w))
                return true;
        return false;
    }

private:
    static constexpr std::array<std::string_view, count> names = {
        "imperative_words", "role_field_words", "genitive_role_words", "cardinal_words", "quantifier_words",
        "sentence_adverb_words", "name_opening_adverb_words", "office_field_words", "full_name_title_words"};
    struct Found {
        bool set = false;
        std::size_t n = 0;
        std::array<const Lexicon*, 16> key{};
        std::array<std::array<const LexiconSection*, 16>, count> secs{};
        std::array<std::size_t, count> sizes{};
    };
    const std::vector<const Lexicon*>& lexs_;
    const Found* found_ = nullptr;
};

// "Every", "each" ([noun_determiners]) as a sentence's first word, before the capitalised word it determines.
bool determiner_opening(std::string_view w, const Speakers& sp) {
    return w.size() >= 2 && in_list(sp.lexs, "noun_determiners", w);
}

// "L'association", "L’éditorialiste": the article "l'" elided before a lower-case word, as French and Italian write
// it ("L'AG", "L'Oréal" are names; "D'Alema", "O'Neill" open no article: a particle's or a name's own apostrophe).
bool article_elided(const Word& w) {
    return w.elided && w.low[0] == 'l';
}

// "Once Roe arrived", "Later Roe said", "Danach Weber ging", "Quand Roux est arrivée", "Lorsque Roux", "Quando Rossi":
// a conjunction or an adverb of time or sequence opening a sentence ([name_opening_adverb_words],
// [sentence_adverb_words]), capitalised as the sentence's first word, is no given name: the name is the run after it.
// (Not a focus word of [sentence_openers], "Even", "Sogar": "Even China said" reads the stressed name whole. Words of
// two letters or more: a one-letter "E", "Y" may be an initial.)
bool adverb_opening(std::string_view w, const NameLists& lists) {
    return w.size() >= 2 && (lists.has(NameLists::opening_adverbs, w) || lists.has(NameLists::sentence_adverbs, w));
}

// "Bürgermeister Jan Peter Roth sagte", "Landrätin Anna Maria Vogt sagte", "Anna Maria Vogt sagte": where nouns are
// capitalised, the last three words ws[k..e] of a run are a name of two given names and a surname, not a noun and a
// name of two words, when a role noun or a title stands right before them (read already: names_into's run opens after
// it) or when their first two words are both common given names ([known_given_name_words]; "Landrätin" is a compound
// the role words do not end). Not before a day, a month or an acronym as the last word ("Ministerin Anna Roth
// Montag", "Kanzler Jan Roth SPD"), which follows the name.
bool three_word_name(const std::vector<Word>& ws, std::size_t k, std::size_t e, const Speakers& sp) {
    static const LexiconSection* given = common_lexicon().section("known_given_name_words"); // (looked up once)
    if (e != k + 2 || ws[e].acronym || in_list(sp.lexs, "weekdays", ws[e].low) || month_word(sp.lexs, ws[e].low))
        return false;
    const bool after_role = k > 0 && !ws[k - 1].punct && !ws[k - 1].acronym &&
                            (role_noun(ws[k - 1].low, sp) || person_title(sp.lexs, ws[k - 1].low) != 0);
    return after_role || (given != nullptr && given->has(ws[k].low) && given->has(ws[k + 1].low));
}

// "Ana Maria dos Santos Lima", "Juan Carlos de la Fuente Ruiz": the capitalised words ws[k..j-1] before the
// particle at j are all common given names ([known_given_name_words]) and the words after the particles up to ws[e]
// may all be a surname's (surname_word: no acronym, role, common or title noun) and are no body's noun
// ([body_words], [organisation_words], [place_body_words], [medium_words]): a person named without a surname before
// the particles is named by the words after them, no body ("Jean Roux de la CGT", "Maria Silva da Universidade
// Federal": a surname stands before the particle, or a body's word after it).
bool given_names_before(const std::vector<Word>& ws, std::size_t k, std::size_t j, std::size_t e, const Speakers& sp) {
    static const LexiconSection* given = common_lexicon().section("known_given_name_words"); // (looked up once)
    if (given == nullptr)
        return false;
    for (std::size_t x = k; x < j; ++x)
        if (ws[x].punct || !given->has(ws[x].low))
            return false;
    for (std::size_t x = j + 1; x <= e; ++x) {
        if (!ws[x].upper && particle(ws[x].low))
            continue;
        if (!surname_word(ws[x], sp) || listed_noun(ws[x].low, "body_words", sp) ||
            listed_noun(ws[x].low, "organisation_words", sp) || listed_noun(ws[x].low, "place_body_words", sp) ||
            listed_noun(ws[x].low, "medium_words", sp))
            return false;
    }
    return true;
}

// "minister Sanne de Vries van Volksgezondheid", "la ministra Ana de la Torre de Hacienda": the run ws[k..e] follows
// a role of [field_role_words] (a minister, a secretary) and holds a particle after its first word, and ends with a
// particle of [role_field_words] ("van", "de") and one capitalised word: that word is the role's field, told after
// the name, and the name ends before its particle (the index of the name's last word, else 0). ("Karin Mulder van
// Oosterwold", with no such role before it, is a name of two surnames.)
std::size_t field_after_name(const std::vector<Word>& ws, std::size_t k, std::size_t e, const Speakers& sp) {
    if (k == 0 || e < k + 4 || ws[k - 1].punct || !listed_noun(ws[k - 1].low, "field_role_words", sp))
        return 0;
    const std::size_t link = e - 1;
    if (ws[link].punct || ws[link].upper || !particle(ws[link].low) ||
        !in_list(sp.lexs, "role_field_words", ws[link].low) || particle(ws[link - 1].low) || !ws[link - 1].upper)
        return 0;
    // (the name before the field holds a particle of its own after its given name: "Sanne de Vries", "Ana de la Torre")
    bool inner = false;
    for (std::size_t x = k + 1; x + 1 < link; ++x)
        inner = inner || (!ws[x].upper && particle(ws[x].low));
    return inner ? link - 1 : 0;
}

// "la exalcaldesa de Sevilla Rosa Marín", "la politóloga de la UPF Laia Soler", "the mayor of Leeds Tom Riley": the
// noun before a role's link to its field or place: a role, a trade ([trade_words]), or a role glued after a word of
// an office no longer held ([former_words]: "exalcaldesa", "ex-maire"; the rest four bytes or more).
bool field_head(std::string_view w, const Speakers& sp) {
    w = after_elision(w);
    if (role_noun(w, sp) || trade_noun(w, sp))
        return true;
    // (asked only of the noun before a link and a run of three capitals: a few words of a page)
    for (std::size_t cut = 2; cut <= 4 && cut + 4 <= w.size(); ++cut) {
        const std::string_view head = w.substr(0, w[cut - 1] == '-' ? cut - 1 : cut);
        if (in_list(sp.lexs, "former_words", head) && role_noun(w.substr(cut), sp))
            return true;
    }
    return false;
}

// "la politóloga de la UPF Laura Soler, ...", "la sociologue de l'EHESS Claire Morel, ...": an acronym and a common
// given name after it ([known_given_name_words]) are a body and the name opening, even where a comma closes the run
// (a body's own name set off by commas, "Ana Ruiz, candidata de Puerto Nuevo Unido,", holds no acronym and given
// name so).
bool given_after_acronym(const std::vector<Word>& ws, std::size_t k) {
    static const LexiconSection* given = common_lexicon().section("known_given_name_words"); // (looked up once)
    return ws[k].acronym && given != nullptr && !ws[k + 1].punct && given->has(ws[k + 1].low);
}

// "el entrenador del Elche Pablo Sanz, que", "l'entraîneur du FC Sion Paul Girard": the word after the field's f
// words opening the run at k is a common given name ([known_given_name_words]) and the field's first word is none: a
// name opens there, even where a comma closes the run (a body's own name set off by commas, "Ana Ruiz, candidata de
// Puerto Nuevo Unido,", opens no given name after its first word).
bool given_after_field(const std::vector<Word>& ws, std::size_t k, std::size_t f) {
    static const LexiconSection* given = common_lexicon().section("known_given_name_words"); // (looked up once)
    return given != nullptr && k + f < ws.size() && !ws[k + f].punct && given->has(ws[k + f].low) &&
           !given->has(ws[k].low);
}

// Whether ws[k], the first word of the run ws[k..e], names the field of the office before it written with no word
// linking them, as offices of justice and of a council are named ("el fiscal Anticorrupción", "il pm Antimafia", "o
// procurador Anticorrupção", "wethouder Sport"): a role noun right before it (or a role and one lower-case word, "il
// procuratore nazionale Antimafia", "el fiscal jefe Antidroga"), and the word an office_field_word (its opening alone
// tells it before a name of two words or more).
// (the word before the run asked first by its tags, read already: most runs follow a small word or a mark)
template <class IsRole>
bool office_field_at(const std::vector<Word>& ws, std::size_t k, std::size_t e, const Speakers& sp,
                     const WordTags& tags, const IsRole& is_role) {
    if (k == 0 || ws[k - 1].punct || ws[k].acronym || (tags.of(ws[k - 1]) & WordTags::stopword))
        return false;
    if (!is_role(ws[k - 1].low) && (k < 2 || ws[k - 1].upper || ws[k - 2].punct || !is_role(ws[k - 2].low)))
        return false;
    return office_field_word(ws[k].low, e >= k + 2, sp);
}

// "Wiesje van der Berg van Ziekenhuis Noord", "Jan de Vries van Stichting Noord": in the run ws[k..e], the particle
// at j, one of [affiliation_particle_words] (a Dutch name holds one group of particles; a Portuguese or a Spanish one
// may hold two, "Ana dos Santos da Silva"), follows a name of its own that holds a group of particles between
// capitalised words, and a capitalised word follows it (perhaps after more particles): the particle opens what the
// person is of, no part of the name.
bool second_particles(const std::vector<Word>& ws, std::size_t k, std::size_t j, std::size_t e, const Speakers& sp) {
    if (!in_list(sp.lexs, "affiliation_particle_words", ws[j].low))
        return false;
    std::size_t p = j - 1; // (back past the surname to the particles before it)
    while (p > k && ws[p].upper)
        --p;
    if (p == k || ws[p].upper || !particle(ws[p].low))
        return false;
    while (p > k && !ws[p].upper && particle(ws[p].low))
        --p;
    if (!ws[p].upper)
        return false;
    std::size_t after = j + 1;
    while (after <= e && !ws[after].upper && particle(ws[after].low))
        ++after;
    return after <= e && ws[after].upper;
}

// The words of a role's field opening the run ws[k..e] after the role's link: two when the run is four words and
// neither of the first two a common given name ([known_given_name_words]: "de Vigilancia Penitenciaria Marta Gil",
// "de Villa Nueva Ana Ruiz", "Minister of Rural Connectivity Ava Tremblay", a given name the lexicon does not know),
// unless the third is an initial ("of Health Ava J. Roe"); else one ("of Finance Mary Ann Roe": a name of three).
std::size_t field_words(const std::vector<Word>& ws, std::size_t k, std::size_t e) {
    static const LexiconSection* given = common_lexicon().section("known_given_name_words"); // (looked up once)
    if (e != k + 3 || given == nullptr || ws[k + 1].punct || ws[k + 2].punct || !ws[k + 1].upper || !ws[k + 2].upper ||
        given->has(ws[k].low) || given->has(ws[k + 1].low) || ws[k + 2].low.size() <= 2)
        return 1;
    return 2;
}

// "Shropshire Fire and Rescue Service", "Northvale Police and Crime Panel", "Pinewood Arts and Heritage Trust": the
// run ws[k..e] of capitalised words (no body's or organisation's noun at its end, no known person, no common given name
// opening it) goes on past a word joining parts of one body's name ([body_and_words]) when one to three capitalised
// words after it close with a body's or an organisation's noun ([body_words], [organisation_words]) and end the
// capitals: one body's name. The index of its last word, else 0.
std::size_t joined_body_end(const std::vector<Word>& ws, std::size_t k, std::size_t e, const Speakers& sp) {
    static const LexiconSection* given = common_lexicon().section("known_given_name_words"); // (looked up once)
    const std::size_t n = ws.size();
    if (e + 2 >= n || ws[e + 1].punct || ws[e + 1].upper || ws[e + 1].low.size() > 3 || ws[e + 2].punct ||
        !ws[e + 2].upper || !in_list(sp.lexs, "body_and_words", ws[e + 1].low))
        return 0;
    auto body_noun = [&sp](std::string_view w) {
        return listed_noun(w, "organisation_words", sp) || listed_noun(w, "body_words", sp);
    };
    auto part = [&sp](const Word& w) {
        return !w.punct && w.upper && !w.acronym && !sp.stopword(w.low) && !role_noun(w.low, sp) &&
               !title_noun(w.low, sp) && person_title(sp.lexs, w.low) == 0;
    };
    std::size_t last = e + 2;
    while (last + 1 < n && last < e + 4 && part(ws[last + 1]))
        ++last;
    if (!part(ws[e + 2]) || !body_noun(ws[last].low) || (last + 1 < n && !ws[last + 1].punct && ws[last + 1].upper) ||
        body_noun(ws[e].low) || (given != nullptr && given->has(ws[k].low)) || sp.find_person_lowered(ws[k].low) >= 0)
        return 0;
    return last;
}

// The capitalised words after ws[k] up to ws[e].
std::size_t capitals_after(const std::vector<Word>& ws, std::size_t k, std::size_t e) {
    std::size_t n = 0;
    for (std::size_t j = k + 1; j <= e; ++j)
        n += ws[j].upper && !ws[j].punct ? 1 : 0;
    return n;
}

} // namespace

// "poseł Lewicy Adam Morawa", "Wójt gminy Sulików Tomasz Kruk", "ratownik dyżurny GOPR Marek Wilk", "– powiedziała
// Onetowi Iwona Lis": the run of three capitalised words or more is the body's words and a name of two (three where
// the third word from the end is a common given name, [known_given_name_words]: "posłanka Lewicy Anna Maria Kruk"; a
// name of three words of its own, "Anna Maria Kruk", opens with one: left whole).
std::size_t name_after_oblique_body(const std::vector<Word>& ws, std::size_t k, std::size_t e, const Speakers& sp) {
    static const LexiconSection* given = common_lexicon().section("known_given_name_words"); // (looked up once)
    if (sp.capitalised_nouns || e < k + 2 || k == 0 || ws[k - 1].punct || particle(ws[e - 1].low) ||
        ws[e - 1].acronym || (ws[k - 1].upper && !role_noun(ws[k - 1].low, sp)) ||
        !in_list(sp.lexs, "quote_conventions", "a body in an oblique case before a name"))
        return k;
    const bool given_first = given != nullptr && given->has(ws[k].low);
    if (given_first && e == k + 2)
        return k;
    // ("według danych Krajowego Instytutu Rolnego": a word with an adjective's ending of an oblique case,
    // [adjective_case_endings], ends a body's name, no person's; not the two letters of "ej", which end given names
    // too, "Andrzej", "Maciej")
    for (const Lexicon* lex : sp.lexs)
        for (const std::string_view end : entries_of(lex, "adjective_case_endings"))
            if (end.size() >= 3 && (ends_after(ws[e].low, end, 2) || ends_after(ws[e - 1].low, end, 2)))
                return k;
    return given != nullptr && given->has(ws[e - 2].low) ? e - 2 : e - 1;
}

// "Nel consiglio comunale di Lecco Giorgio Ferrandi ha difeso", "A Lecco Giorgio Ferrandi ha detto", "en Almendral
// Lucía Ortega presentó": where nouns are in lower case, a preposition before a run of three capitalised words or
// more whose first is no common given name ([known_given_name_words]) and whose second is one glues a place to the
// name after it: the name opens at the given name (the index of its first word, else k). ("di Maria Giovanna Neri",
// "a Gian Luca Rota": a given name first is the name's own; "of Sir Robert Stout", "del dottor Marco Neri": a title
// or a role before the given name is read as such, not as a place.)
std::size_t name_after_place(const std::vector<Word>& ws, std::size_t k, std::size_t e, const Speakers& sp) {
    static const LexiconSection* given = common_lexicon().section("known_given_name_words"); // (looked up once)
    if (sp.capitalised_nouns || given == nullptr || e < k + 2 || k == 0 || ws[k - 1].punct || ws[k].acronym ||
        !ws[k + 1].upper || given->has(ws[k].low) || !given->has(ws[k + 1].low) ||
        !has_tag(sp.lexs, WordTags::preposition, ws[k - 1].low) || person_title(sp.lexs, ws[k].low) != 0 ||
        role_noun(ws[k].low, sp))
        return k;
    return k + 1;
}

// "Kévin L., 17 ans", "Sara T. (36)", "Jörg K. sieht": a capitalised word at k, no noun of the language, and one
// capital letter with a dot after it are a given name and a surname's initial when the dot ends no sentence (a comma,
// a bracket, a lower-case word or a figure follows it). Where it may end one ("raconte Kévin L." closing the
// paragraph, "Anna M. Sie ...": the letter took its dot then, as "John F. Kennedy"'s does), only when nothing stands
// before the name but a mark or a speech verb, or when the first word is a common given name
// ([known_given_name_words]); else it closes a sentence on a thing's letter ("the patients Vitamin D. Most",
// "keinen Plan B. Der"): no name. The index of the name's last word (the dot's or the letter's), else 0.
std::size_t initial_surname_end(const std::vector<Word>& ws, std::size_t k, const Speakers& sp) {
    static const LexiconSection* given = common_lexicon().section("known_given_name_words"); // (looked up once)
    if (k + 1 >= ws.size() || ws[k].punct || ws[k].acronym || ws[k].low.size() < 2 || !ws[k + 1].upper)
        return 0;
    const Word& letter = ws[k + 1];
    const bool took_dot = letter.low.size() == 2 && letter.low[1] == '.';
    const std::size_t last = took_dot ? k + 1 : k + 2;
    if ((!took_dot && (letter.low.size() != 1 || last >= ws.size() || ws[last].low != "." || ws[last].b != letter.e)) ||
        common_noun(ws[k].low, sp) || sp.stopword(ws[k].low) || month_word(sp.lexs, ws[k].low) ||
        in_list(sp.lexs, "weekdays", ws[k].low))
        return 0;
    // ("Lee, Stephanie M. (2014). "Title"", "Roe, Ann; Scrimshaw, Brian J.;": a surname and its comma opening the
    // clause before the name invert an author's name in a list of references, the letter a middle name's)
    if (k >= 2 && ws[k - 1].low == "," && ws[k - 2].upper && !ws[k - 2].punct && (k == 2 || ws[k - 3].punct))
        return 0;
    if (!took_dot && last + 1 < ws.size()) {
        const Word& nx = ws[last + 1];
        const bool ends_no_sentence =
            nx.punct ? nx.low == "," || nx.low == "(" || nx.low == ")" || nx.low == ";"
                     : !nx.upper || text::is_digit(static_cast<unsigned char>(nx.low.front()));
        if (ends_no_sentence)
            return last;
    }
    return k == 0 || ws[k - 1].punct || (given != nullptr && given->has(ws[k].low)) ||
                   is_speech_verb(sp.lexs, ws[k - 1].low)
               ? last
               : 0;
}

bool plural_role(const std::vector<Word>& ws, std::size_t r, const Speakers& sp) {
    // (a masculine role noun is one whose form in -in is a role too: "Ermittler", "Spieler"; "die Ermittlerin", "die
    // Krankenschwester" are one woman)
    if (!sp.capitalised_nouns || r == 0 || ws[r - 1].punct || !in_list(sp.lexs, "plural_article_words", ws[r - 1].low))
        return false;
    const std::string_view role = after_elision(ws[r].low);
    return !ends_after(role, "in", 3) && role_noun(std::string(role) + "in", sp);
}

namespace {

// ws[j] (j > 0) is an apostrophe alone (' or ’) glued to the end of the word before it, which ends in s and is
// capitalised or not as `upper` says: a plural owner's possessive, which the word splitter leaves a mark of its own.
bool plural_owner_mark(const std::vector<Word>& ws, std::size_t j, bool upper) {
    const Word& mark = ws[j];
    const Word& owner = ws[j - 1];
    return mark.punct && (mark.low == "'" || mark.low == "\xE2\x80\x99") && !owner.punct && owner.upper == upper &&
           owner.e == mark.b && !owner.low.empty() && owner.low.back() == 's';
}

} // namespace

bool owner_apostrophe(const std::vector<Word>& ws, std::size_t j) {
    // (two capitalised words after it, a name's: "the 'Fake News' Trump said" closes a quote before one word)
    if (j == 0 || j + 2 >= ws.size())
        return false;
    return plural_owner_mark(ws, j, true) && !ws[j + 1].punct && ws[j + 1].upper && !ws[j + 2].punct && ws[j + 2].upper;
}

bool body_owner_apostrophe(const std::vector<Word>& ws, std::size_t j, const Speakers& sp) {
    if (j == 0 || j + 1 >= ws.size())
        return false;
    const Word& body = ws[j + 1];
    if (!plural_owner_mark(ws, j, true) || body.punct || !body.upper ||
        (j + 2 < ws.size() && !ws[j + 2].punct && ws[j + 2].upper))
        return false;
    // ("the Court of Appeals’ Board on Professional Responsibility": a small word and a capital after the noun carry a
    // longer name on, whose owner ends no name of its own: not read so)
    if (j + 3 < ws.size() && !ws[j + 2].punct && ws[j + 2].low.size() <= 3 && !ws[j + 3].punct && ws[j + 3].upper)
        return false;
    return listed_noun(body.low, "organisation_words", sp) || listed_noun(body.low, "body_words", sp);
}

bool group_owner_apostrophe(const std::vector<Word>& ws, std::size_t j, const Speakers& sp) {
    if (j == 0 || j + 2 >= ws.size())
        return false;
    const Word& group = ws[j + 1];
    return plural_owner_mark(ws, j, false) && !group.punct && !group.upper && group.b > ws[j].e && !ws[j + 2].punct &&
           ws[j + 2].upper &&
           (listed_noun(group.low, "organisation_words", sp) || listed_noun(group.low, "body_words", sp));
}

void names_into(std::vector<NameSpan>& out, const std::vector<Word>& ws, const Speakers& sp) {
    out.clear();
    // The stopwords, "according" words and titles asked of every capitalised word, in one look-up.
    const WordTags& tags = word_tags(sp.lexs);
    auto stopword = [&tags](const Word& w) { return (tags.of(w) & WordTags::stopword) != 0; };
    // (most words asked are neither: the last two bytes of most turn them away inline, without a call)
    auto is_role = [&tags, &sp](std::string_view w) { return tags.may_be_role_noun(w) && role_noun(w, sp); };
    auto is_common = [&tags, &sp](std::string_view w) { return tags.may_be_common_noun(w) && common_noun(w, sp); };
    const NameLists lists(sp.lexs);
    const std::size_t n = ws.size();
    std::size_t k = 0;
    while (k < n) {
        // (most words are in lower case or punctuation, which is never `upper`: passed in a loop of their own, which
        // reads the vector's size once)
        while (k < n && !ws[k].upper)
            ++k;
        if (k == n)
            break;
        // "See Facebook for its terms.", "Siehe Volkswagen": an imperative opening a sentence or a link label is
        // no part of the name after it.
        const bool opens = k == 0 || (ws[k - 1].punct && ws[k - 1].low != ",");
        // (the word's tags, read already, are asked before the lists that take a look-up)
        if (const std::uint16_t t = tags.of(ws[k]);
            ((t & (WordTags::stopword | WordTags::according_entry)) != 0 &&
             (opens || (!given_name_opens(ws, k, sp) && !particle_opens(ws, k, sp) &&
                        !title_article_opens(ws, k, sp)))) ||
            ((t & WordTags::person_title) && person_title(sp.lexs, ws[k].low)) || is_role(ws[k].low) ||
            (opens && (lists.has(NameLists::imperatives, ws[k].low) || adverb_opening(ws[k].low, lists))) ||
            // "Every May he walks out", "Each Sunday she says": a determiner opening a sentence
            // ([noun_determiners]) counts or points at the noun after it, a month, a day: no name's word.
            // "L'éditorialiste Rémi Roux y voit", "L'association Rive Verte regrette": where nouns are in lower case,
            // an article elided before the sentence's first word makes that word a noun (capitalised as the
            // sentence's first), no name's word: the name, if any, is the run after it.
            (opens && (determiner_opening(ws[k].low, sp) || (!sp.capitalised_nouns && article_elided(ws[k])))) ||
            // "Meine Firma sagte", "Unsere Gemeinde teilte mit": where nouns are capitalised, a possessive opening a
            // sentence is no name's word: the capitals after it are its nouns (below).
            (opens && (t & WordTags::possessive) && sp.capitalised_nouns) ||
            // "Mehrere Gewerkschaften erklärten", "Several Democrats said", "Three Democrats said", "Due Democratici
            // hanno detto": a quantifier opening a sentence ([quantifier_words]) counts the nouns after it, no name's
            // word; so does a number where nouns are in lower case ([cardinal_words]; German capitalises the noun
            // it counts, "Sieben Jahre", whose run is left as read).
            (opens && (lists.has(NameLists::quantifiers, ws[k].low) ||
                       (!sp.capitalised_nouns && lists.has(NameLists::cardinals, ws[k].low)))) ||
            // "Don Paolo Venturi ha detto", "Doña Ana Ruiz dijo": a title of [full_name_title_words] before two
            // capitalised words is no name's word ("Don Quijote", one word after it, keeps it).
            (k + 2 < n && !ws[k + 1].punct && ws[k + 1].upper && !ws[k + 2].punct && ws[k + 2].upper &&
             lists.has(NameLists::full_name_titles, ws[k].low))) {
            ++k;
            continue;
        }
        // "die nur ihren Vornamen Janet nennen wollte": where nouns are capitalised, the noun ending a phrase that
        // gives a given name alone (after its possessive) is no name's word: the name is the word after it.
        if (sp.capitalised_nouns && k > 0 && k + 1 < n && (tags.of(ws[k - 1]) & WordTags::possessive) != 0 &&
            ws[k + 1].upper && !ws[k + 1].punct && after_given_name_phrase(ws, k + 1, sp))
            ++k;
        std::size_t e = k;
        while (e + 1 < ws.size()) {
            const Word& nx = ws[e + 1];
            // ("Wouter Dijkgraaf zei": where nouns are written in lower case, a capitalised role noun after one
            // capitalised word and ending the run is a surname)
            if (!nx.punct && nx.upper && (!stopword(nx) || month_surname(ws, e + 1, sp)) &&
                (!is_role(nx.low) || (!sp.capitalised_nouns && e == k && (e + 2 >= n || !ws[e + 2].upper)))) {
                ++e;
                continue;
            }
            if (!nx.punct && nx.upper) {
                if (const std::size_t j = inner_particle_end(ws, e, sp); j != 0) {
                    e = j;
                    continue;
                }
            }
            // "Ursula von der Leyen", "Jan van den Berg"; but in German "der"/"den" alone are articles
            // ("Aussage der Gewerkschaft").
            // (a particle has two or three bytes: the word after most runs is turned away by its size, inline)
            if (!nx.punct) {
                // ("Shropshire Fire and Rescue Service": on past "and" to a body's noun)
                if (const std::size_t j = joined_body_end(ws, k, e, sp); j != 0) {
                    e = j;
                    continue;
                }
                const bool article_particle =
                    (nx.low == "der" || nx.low == "den") && sp.capitalised_nouns && !particle(ws[e].low);
                // ("die Anlage von Grund auf", "eine neue Studie von Forschenden": in German a noun after an
                // article, an adjective in lower case between or none, then "von", is a noun and its complement, no
                // "Ursula von der Leyen")
                const auto article_at = [&](std::size_t j) {
                    return !ws[j].punct && (tags.of(ws[j]) & WordTags::article) != 0;
                };
                const bool noun_of = sp.capitalised_nouns && e == k && k > 0 && !ws[k - 1].punct &&
                                     (article_at(k - 1) || (k > 1 && !ws[k - 1].upper && article_at(k - 2)));
                // ("sagt Marco Huber zu Blick", "sagte Roth zu Bild": the one told)
                const bool told = nx.low.size() == 2 && zu_opens_told(ws, e + 1, e > k, sp);
                // "Ministero della Cultura", "Ministero dello Sport": a body's noun opening the run, then a link
                // fused with its article ([body_link_words], longer than a particle) and a capitalised word: the
                // body's name goes on past the link, as it does past "del"
                if (e == k && nx.low.size() - 3 < 3 && e + 2 < n && ws[e + 2].upper && !ws[e + 2].punct &&
                    !particle(nx.low) && in_list(sp.lexs, "body_link_words", nx.low) &&
                    listed_noun(ws[e].low, "body_words", sp)) {
                    e += 2;
                    continue;
                }
                // ("Maria das Dores Silva": a particle of the page's language too, page_particle)
                if (nx.low.size() - 2 < 2 && page_particle(nx.low, sp) && !article_particle && !noun_of && !told) {
                    std::size_t j = e + 2; // (past "von der", "van den", "de la" too)
                    while (j < ws.size() && j < e + 4 && !ws[j].punct &&
                           (particle_after(ws[j - 1].low, ws[j].low) || page_particle(ws[j].low, sp)))
                        ++j;
                    if (j < ws.size() && ws[j].upper && !ws[j].punct) {
                        e = j;
                        continue;
                    }
                }
                break; // (the owner's apostrophe and a nickname's marks below are marks: a word ends the run here)
            }
            // "Reuters' Jane Roe": on past the owner's bare apostrophe, for owner_before_name below; "the Taxpayers'
            // Alliance": on past a plural possessive inside a body's name.
            if (owner_apostrophe(ws, e + 1) || body_owner_apostrophe(ws, e + 1, sp)) {
                ++e;
                continue;
            }
            // "Ellen “Nell” Brooks": on past a nickname in quote marks to the surname.
            if (const std::size_t j = e + 1 < ws.size() && ws[e + 1].punct ? nickname_end(ws, e, sp) : 0; j != 0) {
                e = j;
                continue;
            }
            break;
        }
        // "Chief Financial Officer Darius Whitcombe", "Chief Operating Officer Lena Marsh": one or two capitalised
        // words between two capitalised role nouns, a name's capitals right after them, are the middle of a title of
        // three words or more, no name (its last role noun is passed at the loop's head).
        if (e <= k + 1 && k > 0 && e + 2 < n && ws[k - 1].upper && ws[e + 1].upper && ws[e + 2].upper &&
            !ws[e + 2].punct && is_role(ws[e + 1].low) && is_role(ws[k - 1].low)) {
            k = e + 1;
            continue;
        }
        // "raconte Kévin L., 17 ans", "Marco B., 58 anni", "Bas J. (41)": a given name and the initial of a surname
        // with its dot (a letter that may be a stopword too, "L"), as papers print minors, victims and witnesses, is
        // the person's name, dot and all. (German reads its nouns first: "Der Bademeister Jörg K. sieht" below.)
        if (e <= k + 1 && k + 1 < n && ws[k + 1].upper && ws[k + 1].low.size() <= 2) {
            if (const std::size_t last = initial_surname_end(ws, k, sp); last != 0) {
                if (out.empty())
                    out.reserve(4);
                out.push_back({k, last});
                k = last + 1;
                continue;
            }
            if (e == k + 1 && ws[e].low.size() == 2 && ws[e].low[1] == '.') {
                k = e + 1;
                continue;
            }
        }
        // "Sarah Jenkins MP said", "Helen Marsh KC", "Anna Roth MdB sagte": the letters of a seat, an honour or a
        // degree printed after a name ([post_nominal_words]) are no part of it; the name is the two words or more
        // before them.
        // (a run of three words or more ending with a short word is asked: most runs are turned away inline)
        while (e >= k + 2 && ws[e].low.size() <= 4 && in_list(sp.lexs, "post_nominal_words", ws[e].low))
            --e;
        // (a run of one word, most runs, is asked none of the steps up to the possessive: each reads two words or
        // more, and leaves a run of one word as it is)
        if (e > k) {
            // "dijo a Radio Nacional de España Juan Pérez": an outlet's name linked to its place by a particle, then
            // two capitalised words or more: those are the name (the outlet's own words are no person's).
            if (const std::size_t o = outlet_name_end(ws, k, sp); o > k + 2 && o + 1 <= e)
                k = o;
            // "a meteorologista do IPMA Ângela Lourenço", "la concejala del PSOE Elena Jara Ruiz": an acronym opening
            // the run after a name's particle ("do", "del"), two capitalised words or more after it, is the body the
            // person is of, no part of the name.
            else if (ws[k].acronym && e >= k + 2 && k > 0 && !ws[k - 1].punct && !ws[k - 1].upper &&
                     particle(ws[k - 1].low) && !ws[k + 1].acronym) {
                k = k + 1;
                // ("l'entraîneur du FC Sion Paul Girard", "el técnico del CD Leganés Borja Jiménez": the acronym
                // opens a club's name of one word more, before a name of two opening with a common given name)
                if (e == k + 2 && given_after_field(ws, k, 1))
                    k = k + 1;
            }
            // "NBC's Dante Chinni said", "the Post’s Ann Roe", "Reuters' Jane Roe": a full name after an owner in the
            // possessive is the person, the owner no part of it; otherwise the run ends before a bare apostrophe, a
            // mark.
            if (const std::size_t j = owner_before_name(ws, k, e, sp); j > k) {
                k = j;
            } else {
                for (std::size_t j2 = k + 1; j2 <= e; ++j2) {
                    if (!ws[j2].punct || body_owner_apostrophe(ws, j2, sp))
                        continue; // (a nickname opens with a mark: nickname_end() asks for one)
                    if (const std::size_t nick = nickname_end(ws, j2 - 1, sp); nick != 0 && nick <= e) {
                        j2 = nick; // (the marks of a nickname are the name's)
                        continue;
                    }
                    e = j2 - 1;
                    break;
                }
                // "Vale’s TV show", "Norland's CTO said", "the mayor's PR team": one word or an acronym after an owner
                // in the possessive is the owner's thing or staff, no name with the owner; the run goes on after it.
                for (std::size_t j2 = k; j2 < e; ++j2)
                    if (ends_after(ws[j2].low, "'s", 0) || ends_after(ws[j2].low, "\xE2\x80\x99s", 0)) {
                        if (e == j2 + 1 || ws[j2 + 1].acronym)
                            k = j2 + 1;
                        break;
                    }
            }
            // "John Sifton von Human Rights Watch", "Ana Ruiz de la Universidad Central": a full name before
            // the particle and more capitalised words after it are a person and a body; in German so is one word
            // after two particles ("Anna Muster von der Hafenbehörde": "von der Leyen" follows a given name alone).
            // But where every word before the particles is a common given name, the name has no surname yet: the
            // words after them are its surname ("Ana Maria dos Santos Lima", "Juan Carlos de la Fuente Ruiz";
            // given_names_before).
            // ("Jan Bos van de KNVB", "Jean Roux de la CGT": so is an acronym after them; "Wiesje van der Berg van
            // Ziekenhuis Noord": a Dutch name holds one group of particles, and one of [affiliation_particle_words]
            // after a name holding one opens what the person is of: second_particles)
            for (std::size_t j = k + 2; j + 1 <= e; ++j)
                if (!ws[j].upper && particle(ws[j].low) && !particle(ws[j - 1].low) && ws[j - 1].upper) {
                    if (!ws[j - 2].upper) {
                        if (second_particles(ws, k, j, e, sp)) {
                            e = j - 1;
                            break;
                        }
                        continue;
                    }
                    std::size_t after = j + 1;
                    while (after <= e && particle(ws[after].low))
                        ++after;
                    // ("Marta Villa di Legambiente": a particle of [full_name_affiliation_words], which a name holds
                    // after the given name alone, "Paolo di Marco", opens what a full name is of, one word too)
                    if ((e >= after + 1 || (sp.capitalised_nouns && after >= j + 2) || (after == e && ws[e].acronym) ||
                         (after == j + 1 && in_list(sp.lexs, "full_name_affiliation_words", ws[j].low))) &&
                        !given_names_before(ws, k, j, e, sp)) {
                        e = j - 1;
                        break;
                    }
                }
            // "minister Sanne de Vries van Volksgezondheid", "la ministra Ana de la Torre de Hacienda": after a role
            // that governs a field ([field_role_words]) right before the run, the run's last particle and the one
            // word after it, past a name of its own holding a particle, are the role's field, no part of the name.
            if (const std::size_t cut = field_after_name(ws, k, e, sp); cut != 0)
                e = cut;
            // "Retired Lt. Gen. Lena Orvell", "Former Sen. Tom Reed": a title inside the run opens the name of two
            // words or more after it (but initials are the name's: "le maire, J.M. Roux").
            for (std::size_t j = e; j > k; --j)
                if ((tags.of(ws[j - 1]) & WordTags::person_title) && person_title(sp.lexs, ws[j - 1].low)) {
                    if (j < e)
                        k = j;
                    break;
                }
            // "Secretary of State Clara Holt", "la ministre des Finances Clara Holt", "la ministra de Hacienda Clara
            // Holt": after a role noun and the word linking it to its field ([role_field_words], an article may
            // follow), three capitalised words are the field and a name of two words. But a body's name set off by a
            // comma ("Ana Ruiz, candidata de Puerto Nuevo Unido,") or opened by a possessive ("of Norland's Central
            // Bank") is no field and name.
            // ("minister van Mobiliteit Elke Van den Brandt": the name's particles may stand between its two words)
            auto particles_to_end = [&] {
                for (std::size_t j = k + 2; j < e; ++j)
                    if (!particle(ws[j].low))
                        return false;
                return e <= k + 5;
            };
            // ("la jueza de Vigilancia Penitenciaria Marta Gil": a field of two words, before a common given name
            // opening a name of two, field_words)
            const std::size_t f = field_words(ws, k, e);
            if (e >= k + f + 1 && ws[k + f].upper && ws[e].upper && !particle(ws[k + f].low) &&
                (e == k + f + 1 || particles_to_end()) &&
                (e + 1 >= n || ws[e + 1].low != "," || given_after_acronym(ws, k) || given_after_field(ws, k, f)) &&
                !ends_after(ws[k].low, "'s", 1) &&
                !ends_after(ws[k].low, "\xE2\x80\x99s", 1)) {
                std::size_t j = k;
                // ("minister van Infrastructuur en Waterstaat Eva Bos": a field of two joined by a conjunction)
                if (j >= 3 && ws[j - 2].upper && !ws[j - 2].punct && !ws[j - 1].punct &&
                    in_list(sp.lexs, "coordinating_words", ws[j - 1].low))
                    j -= 2;
                // ("Minister for Housing Siobhán Nolan": right before the field, with no article between, the link may
                // be one joining a body's noun to what it is of, [body_link_words]; "a spokeswoman for the Southern
                // Tenants League" is a body's name; "Secretary of State for Health Tom Webb": the role may be an office
                // of its own words, a role, its link and a capitalised field, before the link)
                auto link_at = [&](std::size_t at) {
                    return at >= 2 && !ws[at - 1].punct && !ws[at - 2].punct &&
                           (lists.has(NameLists::role_fields, ws[at - 1].low) ||
                            (at == k && in_list(sp.lexs, "body_link_words", ws[at - 1].low)));
                };
                auto linked = [&](std::size_t at) {
                    // ("l'assessora comunale alla Scuola Anna Galli": one lower-case adjective of the role before
                    // its link)
                    return link_at(at) &&
                           (field_head(ws[at - 2].low, sp) ||
                            (ws[at - 2].upper && link_at(at - 2) && is_role(ws[at - 4].low)) ||
                            (at >= 3 && !ws[at - 2].upper && !ws[at - 3].punct && !sp.stopword(ws[at - 2].low) &&
                             field_head(ws[at - 3].low, sp)));
                };
                // ("le conseiller aux Sports Marc Roux": the link may be an article's contracted form itself)
                if (!linked(j) && j > 0 && !ws[j - 1].punct && !ws[j - 1].upper &&
                    has_tag(sp.lexs, WordTags::article, ws[j - 1].low))
                    --j;
                // ("dyrektor szpitala w Łomży Piotr Zieliński": the place a role is held in, role_place_link, and
                // the name of two words)
                // ("la météorologue d'Environnement Canada Julie Roy", "l'entraîneur de l'Olympique Lyonnais Pierre
                // Sage", "la meteorologa dell’Aeronautica Militare Giulia Ferri": the body's first word, glued to the
                // link elided before it ("d'", "dell’") or to an article elided after the link ("de l'"), stands
                // before the run: the run's first word ends the body's name, and the name is the two after it)
                auto elided_field = [&] {
                    if (k < 2 || ws[k - 1].punct || ws[k - 1].upper)
                        return false;
                    const std::string_view low = ws[k - 1].low;
                    const std::string_view field = after_elided_prefix(low);
                    if (field.size() == low.size() || field.empty() || (tags.of(ws[k - 1]) & WordTags::stopword))
                        return false;
                    std::size_t r = k - 2;
                    if (low[0] != 'd') { // ("de l'": an article elided after the link)
                        if (r == 0 || ws[r].punct || !lists.has(NameLists::role_fields, ws[r].low))
                            return false;
                        --r;
                    }
                    // (the link may follow a trade as well as a role: "la météorologue d'Environnement Canada")
                    return !ws[r].punct && (is_role(after_elision(ws[r].low)) || trade_noun(ws[r].low, sp));
                };
                if (linked(j) || role_place_link(ws, k - 1, sp) || (j == k && e == k + 2 && elided_field()))
                    k += f;
            }
        }
        // "el fiscal Anticorrupción Alejandro Ruano", "il procuratore nazionale Antimafia Marco Neri", "wethouder Sport
        // Mirjam de Bruin": right after a role, a capitalised word naming the field the office serves
        // (office_field_at) is the role's, no part of the name after it; alone ("ha dicho el fiscal Antidroga") it
        // names no one.
        if (lists.any(NameLists::office_fields) && office_field_at(ws, k, e, sp, tags, is_role)) {
            if (e == k) {
                k = e + 1;
                continue;
            }
            ++k;
        }
        // "Weil ihre Kollegin Fieber hatte": capitalised words right after a possessive are its nouns.
        if (k > 0 && !ws[k - 1].punct && (tags.of(ws[k - 1]) & WordTags::possessive)) {
            k = e + 1;
            continue;
        }
        // "Dämlichkeit", "Bundesrepublik", "Pressemitteilung": a word with a common-noun ending is no name.
        // ("Sabine Lefort", "Paul Dufort": a surname after a given name the lexicon knows, the run's two words, is
        // one although it ends as a noun's compound does, "Wohnort")
        static const LexiconSection* given = common_lexicon().section("known_given_name_words"); // (looked up once)
        const bool given_and_surname = e == k + 1 && given != nullptr && given->has(ws[k].low);
        bool noun = false;
        for (std::size_t j = k; j <= e; ++j)
            noun = noun || (is_common(ws[j].low) && !(given_and_surname && j == e));
        if (noun) {
            k = e + 1;
            continue;
        }
        // "sagt der Mann", "erzählte eine Frau": where nouns are capitalised, a noun of [generic_person_words] alone
        // right after an article is anyone, no name ("Thomas Mann" has no article before it).
        if (sp.capitalised_nouns && e == k && k > 0 && !ws[k - 1].punct && (tags.of(ws[k - 1]) & WordTags::article) &&
            anyone_noun(ws[k].low, sp)) {
            k = e + 1;
            continue;
        }
        if (e > k) { // (the same: these steps read runs of two words or more)
            // German capitalises every noun: "Laut Finanzvorsteher Beat Zaugg" - a name is the run's last two words.
            // But initials belong to the name: "Bürgermeister A.B. Keller". (And an owner in the possessive before
            // them, "Norland's Zentral Klinik", left in the run by owner_before_name, makes the run a body's name.)
            // ("Norland's Finanzvorsteher Beat Zaugg" still ends with the name: only an owner right before the last
            // two)
            auto owned = [&ws, e] {
                const std::string_view owner = ws[e - 2].low;
                return ends_after(owner, "'s", 1) || ends_after(owner, "\xE2\x80\x99s", 1);
            };
            // "sagte der Zeitung Nordblatt Roth", "sagte Radio Nordwelle Jan Roth": after a speech verb (and the
            // article of the outlet told), an outlet's word ([outlet_opening_words]) and the next are the outlet's
            // name, no part of the subject's after them.
            if (sp.capitalised_nouns && e >= k + 2 && k >= 2 && !ws[k - 1].punct) {
                const std::size_t v = (tags.of(ws[k - 1]) & WordTags::article) && !ws[k - 2].punct ? k - 2 : k - 1;
                if ((tags.of(ws[v]) & WordTags::speech_verb) && in_list(sp.lexs, "outlet_opening_words", ws[k].low))
                    k += 2;
            }
            if (sp.capitalised_nouns && e - k + 1 > 2 && !particle(ws[e - 1].low) && !owned()) {
                std::size_t first = k;
                k = three_word_name(ws, e - 2, e, sp) ? e - 2 : e - 1;
                while (k > first && ws[k - 1].low.size() == 2 && ws[k - 1].low[1] == '.')
                    --k;
                // ("Hans „Hansi“ Meier": the given name before the nickname)
                for (std::size_t g = first; g + 1 < e; ++g)
                    if (ws[g + 1].punct && nickname_end(ws, g, sp) == e)
                        k = g;
            }
            // "Rzecznik Kremla Dmitrij Pieskow", "szef MSZ Jan Nowak": where a role noun takes the body it serves in
            // the genitive, capitalised and with no word linking them ([genitive_role_words]), the body's words stand
            // between the role and the name, which is the run's last two words. (A role and a body of two words,
            // "Prezes Grupy Eurocash", name no one and are left as read: nothing tells the body from a name there.)
            // ("Przewodniczący Rady Europejskiej Jan Nowak napisał": where the caller passes the words after the role
            // that opened the sentence, the run of four words or more that opens them is read so too)
            if (!sp.capitalised_nouns && e >= k + 3 && !particle(ws[e - 1].low) &&
                (lists.has(NameLists::genitive_roles, ws[k].low) || (k == 0 && lists.any(NameLists::genitive_roles))))
                k = e - 1;
            else if (!sp.capitalised_nouns && e >= k + 2 && k > 0 && !ws[k - 1].punct && !particle(ws[e - 1].low) &&
                     lists.has(NameLists::genitive_roles, ws[k - 1].low))
                k = e - 1;
            else if (const std::size_t name = name_after_oblique_body(ws, k, e, sp); name != k)
                k = name;
            else if (const std::size_t named = name_after_place(ws, k, e, sp); named != k)
                k = named;
            // "dijo a El Faro Julián Ortega", "riferito al Gazzettino Paolo Neri": after a speech verb and the word
            // opening the paper told ([addressee_preposition_words], an article may follow it), the paper's one word
            // and the subject's name of two words or more run together: the name is the rest.
            // ("dijo a Radio Nacional Juan de la Fuente": the particles of the name count for no word of it)
            else if (e >= k + 2 && k >= 2 && !ws[k - 1].punct && capitals_after(ws, k, e) >= 2) {
                std::size_t p = k - 1;
                if (p >= 2 && (tags.of(ws[p]) & WordTags::article) && !ws[p - 1].punct)
                    --p;
                if (p >= 1 && !ws[p - 1].punct && (tags.of(ws[p - 1]) & WordTags::speech_verb) &&
                    in_list(sp.lexs, "addressee_preposition_words", ws[p].low)) {
                    ++k;
                    // ("dijo a Radio Nacional Juan Pérez": a paper's name opening with an outlet's word,
                    // [outlet_opening_words], is two words)
                    if (capitals_after(ws, k, e) >= 2 && in_list(sp.lexs, "outlet_opening_words", ws[k - 1].low))
                        ++k;
                }
            }
            // "Sputnik V", "Model S", "Vitamin D": a word and one capital letter after it name a product or a thing,
            // not a person (an initial keeps its dot: "Anna K."); but the letter is a ruler's numeral after a royal
            // title ([regnal_titles]: "King Henry V", "Kaiser Karl V.") or after the given name of someone named so
            // before.
            if (e == k + 1 && ws[e].low.size() == 1 && !regnal_numeral(ws, k, sp)) {
                if (const std::size_t last = initial_surname_end(ws, k, sp); last != 0) {
                    out.push_back({k, last});
                    k = last + 1;
                    continue;
                }
                k = e + 1;
                continue;
            }
        }
        // ("Juan Pérez de la Fuente": particles do not count)
        std::size_t len = 0;
        for (std::size_t j = k; j <= e; ++j)
            len += ws[j].upper ? 1 : 0;
        // (asked only of a single word)
        auto after_role = [&] {
            return k > 0 && !ws[k - 1].punct &&
                   (((tags.of(ws[k - 1]) & WordTags::person_title) && person_title(sp.lexs, ws[k - 1].low)) ||
                    is_role(ws[k - 1].low));
        };
        // ("do prezydenta RP", "szef MSZ": an acronym after a role taking its body in the genitive is that body;
        // "her coach Friday morning", "le juge lundi", "il medico Lunedì": a weekday, a month or a time of the day
        // after a role is when, no name; "versprechen sich die Ermittler Aufschluss": where nouns are capitalised, a
        // masculine role after a plural article is many people, and the capitalised word after it a noun)
        // ("Szef Kancelarii Premiera Jan Lis", "Dyrektor Biura Prezydenta Ewa Kos": one capitalised word between a role
        // and a capitalised role in an oblique case, where a body stands so before a name ([quote_conventions] "a body
        // in an oblique case before a name"), is the first word of a body named by the role it serves, no name)
        auto body_before_role = [&] {
            return e + 1 < n && !ws[e + 1].punct && ws[e + 1].upper && is_role(ws[e + 1].low) &&
                   in_list(sp.lexs, "quote_conventions", "a body in an oblique case before a name");
        };
        bool known_single =
            len == 1 && ((after_role() && !(ws[k].acronym && lists.has(NameLists::genitive_roles, ws[k - 1].low)) &&
                          !time_word(ws[k].low, sp) && !plural_role(ws, k - 1, sp) && !body_before_role()) ||
                         sp.find_person_lowered(ws[k].low) >= 0 || lone_given_name(ws, k, sp));
        // "Luis Amaral, Prezes Grupy Eurocash", "Anna Lis, rzeczniczka Urzędu Miasta": such a role in apposition to
        // the name before its comma is followed by its body's words, no second name.
        if (!sp.capitalised_nouns && e == k + 1 && k >= 3 && !ws[k - 1].punct && ws[k - 2].low == "," &&
            !ws[k - 3].punct && ws[k - 3].upper && lists.has(NameLists::genitive_roles, ws[k - 1].low)) {
            k = e + 1;
            continue;
        }
        // ("des nächsten Chief Executives von Hongkong": a title of another language and its place, no name)
        if (len >= 2 && len <= 4 && office_of_place(ws, k, e)) {
            k = e + 1;
            continue;
        }
        // Where nouns are capitalised, so are those right after a number or a quantifier ("zu vier Monaten Haft",
        // "mehrere Säcke Zement", "mit 3 Eimern Farbe": counted_word(), quote_nouns.cpp): counted things, no name.
        // (Asked of the few runs kept as names, not of every capitalised noun.)
        // (a word of none of the tagged lists, as numbers and quantifiers are)
        // ("Alle Wege zu Ihnen führen über ihn": a quantifier opening the sentence, passed above, counts them too)
        if (sp.capitalised_nouns && k > 0 && !ws[k - 1].punct &&
            ((!ws[k - 1].upper && tags.of(ws[k - 1]) == 0 && counted_word(ws[k - 1].low, sp)) ||
             (ws[k - 1].upper && (k == 1 || (ws[k - 2].punct && ws[k - 2].low != ",")) &&
              lists.has(NameLists::quantifiers, ws[k - 1].low)))) {
            k = e + 1;
            continue;
        }
        if ((len >= 2 && len <= 4) || known_single) {
            if (out.empty())
                out.reserve(4); // (room for a paragraph's few names at once, not one name, then two, then four)
            out.push_back({k, e});
        }
        k = e + 1;
    }
}

std::size_t outlet_name_end(const std::vector<Word>& ws, std::size_t j, const Speakers& sp) {
    if (j + 1 >= ws.size() || ws[j].punct || !ws[j].upper || !in_list(sp.lexs, "outlet_opening_words", ws[j].low))
        return j;
    std::size_t e = j + 1;
    if (ws[e].punct || !ws[e].upper || particle(ws[e].low))
        return e;
    ++e;
    // ("Radio Nacional de España", "Radio Televisión de Galicia": a particle or two and the place the outlet is of)
    std::size_t p = e;
    while (p < ws.size() && p < e + 2 && !ws[p].punct && !ws[p].upper && particle(ws[p].low))
        ++p;
    return p > e && p < ws.size() && !ws[p].punct && ws[p].upper ? p + 1 : e;
}

std::string span_text(std::string_view s, const std::vector<Word>& ws, std::size_t first, std::size_t last) {
    return text::collapse(s.substr(ws[first].b, ws[last].e - ws[first].b));
}

} // namespace archive::quoting
