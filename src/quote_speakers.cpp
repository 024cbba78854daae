// The Speakers book of an article's people: finding a person by a name or its last word, adding one, their
// gender, roles and nationalities, and the mentions met so far (recent()); last, the room its people are made in.
#include "quote_trades.hpp"
#include "quotes_parts.hpp"

#include "text.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <iterator>
#include <optional>

namespace archive::quoting {

namespace {

// "Vrachtwagenchauffeur Dirk Peeters", "Busfahrerin Anna Keller": where nouns compound ([quote_conventions] "nouns
// capitalised", "compound nouns"), a word ending in a trade of [trade_words] (five letters or more, after three or
// more of its own) is a trade too.
bool compound_trade(std::string_view w, const Speakers& sp) {
    if (!in_list(sp.lexs, "quote_conventions", "nouns capitalised") && !in_list(sp.lexs, "quote_conventions", "compound nouns"))
        return false;
    for (const Lexicon* lex : sp.lexs)
        for (std::string_view t : entries_of(lex, "trade_words"))
            if (t.size() >= 5 && w.size() >= t.size() + 3 && w.ends_with(t))
                return true;
    return false;
}

// "Eva Bos van RailWerk", "Jan Roth von BauWerk": a name of four words or more (as written) ending with a particle and
// one word with a capital inside it after two small letters or more, as a company writes its name (no surname is
// written so: "McDonald", "DiCaprio" have one small letter before their second capital): the person is named by the
// words before the particle (the bytes of the name they take), the company is what they are of; else 0.
std::size_t camel_body_start(std::string_view name) {
    // (the last word first: most names end with none written so)
    const std::size_t last = name.rfind(' ');
    if (last == std::string_view::npos || last == 0 || name.size() < last + 5)
        return 0;
    const std::string_view w = name.substr(last + 1);
    auto small = [](char c) { return c >= 'a' && c <= 'z'; };
    bool camel = false;
    for (std::size_t i = 3; i < w.size() && !camel; ++i)
        camel = w[i] >= 'A' && w[i] <= 'Z' && small(w[i - 1]) && small(w[i - 2]);
    if (!camel || w[0] < 'A' || w[0] > 'Z')
        return 0;
    const std::size_t link = name.rfind(' ', last - 1);
    if (link == std::string_view::npos || link == 0 || name.rfind(' ', link - 1) == std::string_view::npos ||
        !particle(name.substr(link + 1, last - link - 1)))
        return 0;
    return link;
}

// "Collega-zanger", "PSV-trainer", "ACV-voorzitster": where nouns compound ([quote_conventions] "compound nouns"; not
// English, whose "Amazon-owned", "Leeds-based" are adjectives), a word as written whose part after its last hyphen
// opens with a lower-case letter and is three letters or more, no particle ("Smit-de Vries" is a name), is a compound
// noun (a name's parts are capitalised: "Jean-Pierre").
bool lower_compound(std::string_view word, const Speakers& sp) {
    const std::size_t h = word.rfind('-');
    if (h == std::string_view::npos || h == 0 || h + 4 > word.size() || word[h + 1] < 'a' || word[h + 1] > 'z')
        return false;
    return !particle(word.substr(h + 1)) && in_list(sp.lexs, "quote_conventions", "compound nouns");
}

// "Berg von der Heide" after "Anna Maria Berg", "Costa dos Santos Lima" after "Rui Costa": a name opening with the last
// word of a known name of two words or more, then a name's particles and one or two capitalised words, is that person,
// whose name holds no particle yet. The person was first named with the words after the particles too ("Anna Maria Berg
// von der Heide"), which the sentence's name reader took for a body after a full name; met again with the surname, they
// are the surname's own: the person's name grows by them. Unless one of them is a body's word ([body_words],
// [organisation_words], [place_body_words], [medium_words]; a role, a title or a common noun; an acronym): "Muster von
// der Hafenbehörde" after "Anna Muster" is Anna Muster and her office. `found`: the person the name's last word found
// (-1 for none), which only a person named by the words after the particles alone may be ("Santos Lima", the rest of
// "Rui Costa dos Santos Lima" read as a name of its own). The person's index, else -1.
int particle_tail_of(Speakers& sp, std::string_view name, std::string_view low, int found) {
    // (most names have no particle for second word: settled before the name is split)
    const std::size_t first_space = low.find(' ');
    const std::size_t second_space =
        first_space == std::string_view::npos ? first_space : low.find(' ', first_space + 1);
    if (second_space == std::string_view::npos ||
        !particle(low.substr(first_space + 1, second_space - first_space - 1)))
        return -1;
    const std::vector<std::string_view> words = text::split_ws(low);
    if (words.size() < 3 || words.size() > 6 || particle(words[0]) || !particle(words[1]))
        return -1;
    const int k = sp.find_by_last_name(words[0]);
    if (k < 0 || sp.people[static_cast<std::size_t>(k)].low.find(' ') == std::string::npos)
        return -1;
    // ("Brandtner zu den Anwärtern": a name's "zu" stands right before the place it names, "zu Guttenberg"; before
    // an article it is a preposition)
    std::size_t at = 2;
    while (at < words.size() && particle_after(words[at - 1], words[at]) && words[at - 1] != "zu")
        ++at;
    if (at == words.size() || words.size() - at > 2)
        return -1;
    const auto tail_at = static_cast<std::size_t>(words[at].data() - low.data());
    if (found >= 0 && sp.people[static_cast<std::size_t>(found)].low != low.substr(tail_at))
        return -1;
    const std::vector<std::string_view> written = text::split_ws(name);
    if (written.size() != words.size())
        return -1;
    // (the person's name as it stands holds no particle: a name cut before its particles, no body's name such as
    // "Puente de la Ribera", whose last word opens another name: "Ribera de Duero")
    const std::string_view known = sp.people[static_cast<std::size_t>(k)].low;
    for (std::string_view w : text::split_ws(known))
        if (particle(w))
            return -1;
    // (the surname met alone before, and the words after the particles)
    bool body = false;
    for (std::size_t x = 0; x < words.size(); x = x == 0 ? at : x + 1) {
        const std::string_view w = words[x];
        const std::string_view as_written = written[x];
        if (particle(w) || sp.stopword(w))
            return -1;
        const bool acronym = as_written.size() >= 2 && std::all_of(as_written.begin(), as_written.end(), [](char c) {
                                 return (c >= 'A' && c <= 'Z') || c == '-';
                             });
        body = body || acronym || role_noun(w, sp) || common_noun(w, sp) || title_noun(w, sp) ||
               listed_noun(w, "body_words", sp) || listed_noun(w, "organisation_words", sp) ||
               listed_noun(w, "place_body_words", sp) || listed_noun(w, "medium_words", sp);
    }
    if (body)
        return k;
    Person& p = sp.people[static_cast<std::size_t>(k)];
    const std::size_t space = name.find(' ');
    p.name += name.substr(space);
    p.low += low.substr(space);
    sp.note_first_word(k);
    // (the surname's last word is the person's now, no longer that of the rest read as a name of its own)
    sp.by_last_name[std::string(words.back())] = k;
    const std::size_t bit = Speakers::word_bit(words.back());
    sp.last_words[bit / 64] |= std::uint64_t{1} << (bit % 64);
    return k;
}

} // namespace

bool Speakers::stopword(std::string_view w) const {
    for (const Lexicon* lex : lexs)
        if (lex->stopwords.count(w))
            return true;
    return false;
}

bool Speakers::kin_word(std::string_view w) const {
    if (!kin_found) {
        kin_found = true;
        for (const Lexicon* lex : lexs)
            if (const LexiconSection* sec = section_of(lex, "kin_words"))
                kin_sections.push_back(sec);
    }
    return std::any_of(kin_sections.begin(), kin_sections.end(),
                       [w](const LexiconSection* sec) { return sec->has(w); });
}

Speakers::PersonFacts* Speakers::facts_of(const Person& p) const {
    const std::less<const Person*> before;
    if (people.empty() || before(&p, people.data()) || !before(&p, people.data() + people.size()))
        return nullptr;
    const auto k = static_cast<std::size_t>(&p - people.data());
    if (person_facts.size() <= k)
        person_facts.resize(people.size());
    return &person_facts[k];
}

bool Speakers::pronoun(std::string_view w, char& gender) const {
    for (const Lexicon* lex : lexs) {
        auto it = lex->pronouns.find(w);
        if (it != lex->pronouns.end()) {
            gender = it->second;
            return true;
        }
    }
    return false;
}

bool Speakers::nationality(std::string_view w) const {
    return has_tag(lexs, WordTags::nationality, w);
}

std::string Speakers::last_word(const std::string& name) {
    return text::lower(std::string_view(name).substr(name.rfind(' ') + 1));
}

int Speakers::find_person(std::string_view name) const {
    // (the lower-cased name, on the stack for the usual short name)
    return find_lowered_name(text::LowerCased(name).view());
}

int Speakers::find_lowered_name(std::string_view low_name) const {
    // The same person: one name's last word ends the other ("Lavrov" / "Sergueï Lavrov").
    if (int k = find_by_last_name(low_name.substr(low_name.rfind(' ') + 1)); k >= 0)
        return k;
    // "says Taty", "dice Te Kaurinui": the first words of a longer name met before.
    if (people.empty())
        return -1;
    return longest_opening(low_name);
}

void Speakers::note_acronym(int k, std::string_view low_acronym) {
    const std::size_t bit = word_bit(by_last_name.emplace(std::string(low_acronym), k).first->first);
    last_words[bit / 64] |= std::uint64_t{1} << (bit % 64);
}

namespace {
int longest_opening_of(const Speakers& sp, std::string_view low_name);

// "dijo Lema" after "Antón Lema Castro", "según Del Campo" after "Rubén del Campo Salinas": where names carry two
// surnames ([quote_conventions] "two surnames"), the first surname alone (lower-cased `low_name`, with its particles)
// names the one person whose name is a given name, it, and one last surname; -1 when no one or several.
int first_surname_of(const Speakers& sp, std::string_view low_name) {
    const std::vector<Person>& people = sp.people;
    // (asked of a name no last word and no opening found: most pages' people are few, read only where the
    // convention holds)
    if (low_name.empty() || people.empty() || !in_list(sp.lexs, "quote_conventions", "two surnames"))
        return -1;
    int found = -1;
    for (std::size_t j = 0; j < people.size(); ++j) {
        // (the known name: words before the surname, the surname, a space and one last word)
        const std::string_view known = people[j].low;
        const std::size_t last_space = known.rfind(' ');
        if (last_space == std::string_view::npos || last_space <= low_name.size() ||
            known.compare(last_space - low_name.size(), low_name.size(), low_name) != 0 ||
            known[last_space - low_name.size() - 1] != ' ')
            continue;
        // (a surname's particles are part of it: "Campo" alone is not "del Campo"; and the words before are a given
        // name, no particle or a body's noun)
        const std::string_view before = known.substr(0, last_space - low_name.size() - 1);
        const std::string_view word_before = before.substr(before.rfind(' ') + 1);
        if (particle(word_before) || particle(known.substr(last_space + 1)) ||
            sp.body_noun(before.substr(0, before.find(' '))))
            continue;
        if (found >= 0 && found != static_cast<int>(j))
            return -1;
        found = static_cast<int>(j);
    }
    return found;
}

} // namespace

int Speakers::find_person_lowered(std::string_view low) const {
    // (one word is its own last word and first word: one bit of both sketches turns most words away, without
    // looking for spaces in it)
    const std::size_t bit = word_bit(low);
    if ((last_words[bit / 64] >> (bit % 64) & 1) != 0)
        if (auto it = by_last_name.find(low); it != by_last_name.end())
            return it->second;
    if (people.empty() || (first_words[bit / 64] >> (bit % 64) & 1) == 0)
        return -1;
    // (its bit is its first word's: the word is not searched for a space again; a word is its own opening)
    return longest_opening_of(*this, low);
}

int Speakers::longest_opening(std::string_view low_name) const {
    // (the name's first word is that of the name and a space below: most are turned away before it is built)
    const std::size_t bit = first_word_bit(low_name);
    if ((first_words[bit / 64] >> (bit % 64) & 1) == 0)
        return -1;
    return longest_opening_of(*this, low_name);
}

namespace {

// Speakers::longest_opening of a name whose first word's bit, first_word_bit(low_name), is in first_words.
int longest_opening_of(const Speakers& sp, std::string_view low_name) {
    const std::vector<Person>& people = sp.people;
    const std::vector<Speakers::Opener>& openers = sp.openers;
    // The name and a space (a longer name opening with it has the same first word).
    char buf[256];
    std::string heap;
    std::string_view low;
    if (low_name.size() < sizeof buf) {
        std::memcpy(buf, low_name.data(), low_name.size());
        buf[low_name.size()] = ' ';
        low = std::string_view(buf, low_name.size() + 1);
    } else {
        heap = std::string(low_name) + " ";
        low = heap;
    }
    const auto opens = [&low](const Person& p) {
        return p.name.size() > low.size() && p.low[0] == low[0] && p.low.compare(0, low.size(), low) == 0;
    };
    // (the answer kept for the name, when its person still opens with it and has not shrunk: only the entries added
    // since are read)
    const std::size_t slot = Speakers::opener_slot(low_name);
    Speakers::OpeningMemo* memo = nullptr;
    int best = -1;
    std::uint32_t read_to = 0; // (the chain's entries past it, added since the answer kept, are read)
    if (!sp.opening_memos.empty() && sp.opening_memos[slot].walked != 0 &&
        sp.opening_memos[slot].low_name == low_name) {
        memo = &sp.opening_memos[slot];
        const int kept = memo->best;
        if (kept < 0 || (people[static_cast<std::size_t>(kept)].name.size() >= memo->best_size &&
                         opens(people[static_cast<std::size_t>(kept)]))) {
            best = kept;
            read_to = memo->walked;
        }
    }
    // (a longer name opening with it is in the chain of that opening: only the chain is read; of the longest names,
    // the one added last wins)
    std::size_t walked = 0;
    for (std::uint32_t at = sp.opener_head[slot]; at > read_to; at = openers[at - 1].next) {
        ++walked;
        const int k = openers[at - 1].person;
        const Person& p = people[static_cast<std::size_t>(k)];
        if (opens(p)) {
            const std::size_t best_size = best < 0 ? 0 : people[static_cast<std::size_t>(best)].name.size();
            if (best < 0 || p.name.size() > best_size || (p.name.size() == best_size && k > best))
                best = k;
        }
    }
    // (kept for a long chain only: most pages' chains hold a few people, and keep nothing)
    const std::size_t long_chain = 16;
    if (memo == nullptr && walked >= long_chain) {
        if (sp.opening_memos.empty())
            sp.opening_memos.resize(std::tuple_size_v<decltype(sp.opener_head)>);
        memo = &sp.opening_memos[slot];
        memo->low_name = low_name;
    }
    if (memo != nullptr) {
        memo->best = best;
        memo->best_size = best < 0 ? 0 : people[static_cast<std::size_t>(best)].name.size();
        memo->walked = static_cast<std::uint32_t>(openers.size());
    }
    return best;
}

} // namespace

int Speakers::find_by_last_name(std::string_view low_last) const {
    const std::size_t bit = word_bit(low_last);
    if ((last_words[bit / 64] >> (bit % 64) & 1) == 0)
        return -1;
    auto it = by_last_name.find(low_last);
    return it != by_last_name.end() ? it->second : -1;
}

std::size_t Speakers::word_bit(std::string_view w) {
    if (w.empty())
        return 0;
    return (w.size() * 61 + static_cast<unsigned char>(w.front()) * 7 + static_cast<unsigned char>(w.back()) * 131) & 4095;
}

std::size_t Speakers::first_word_bit(std::string_view low_name) {
    return word_bit(low_name.substr(0, low_name.find(' ')));
}

std::size_t Speakers::opener_slot(std::string_view low_opening) {
    return StringHash{}(low_opening) % std::tuple_size_v<decltype(opener_head)>;
}

void Speakers::note_first_word(int k) {
    const std::string& low = people[static_cast<std::size_t>(k)].low;
    std::size_t space = low.find(' ');
    if (space == std::string::npos)
        return; // (a name of one word opens no longer name with a space after its first word)
    const std::size_t bit = word_bit(std::string_view(low).substr(0, space)); // (first_word_bit(low))
    first_words[bit / 64] |= std::uint64_t{1} << (bit % 64);
    if (openers.empty())
        openers.reserve(64); // (room for a page's names of several words at once, not one, then two, then four)
    for (; space != std::string::npos; space = low.find(' ', space + 1)) {
        std::uint32_t& head = opener_head[opener_slot(std::string_view(low).substr(0, space))];
        openers.push_back(Opener{k, head});
        head = static_cast<std::uint32_t>(openers.size());
    }
}

namespace {

// The code point ending s, else 0.
char32_t last_cp(std::string_view s) {
    std::size_t at = s.size();
    while (at > 0 && (static_cast<unsigned char>(s[at - 1]) & 0xC0) == 0x80)
        --at;
    if (at == 0)
        return 0;
    std::size_t i = at - 1;
    return text::next_cp(s, i);
}

} // namespace

bool Speakers::nicknamed(std::string_view known, std::string_view given) {
    // "Nell Brooks" after "Ellen “Nell” Brooks", "Jeannot Martin" after "Jean « Jeannot » Martin": the given name
    // stands in quote marks inside the known name (a space may part it from them).
    for (std::size_t at = known.find(given); at != std::string_view::npos; at = known.find(given, at + 1)) {
        std::string_view before = known.substr(0, at), after = known.substr(at + given.size());
        if (!before.empty() && before.back() == ' ')
            before.remove_suffix(1);
        if (!after.empty() && after.front() == ' ')
            after.remove_prefix(1);
        std::size_t i = 0;
        if (!before.empty() && !after.empty() && text::is_quote_mark(last_cp(before)) &&
            text::is_quote_mark(text::next_cp(after, i)))
            return true;
    }
    return false;
}

int Speakers::add_person(std::string_view name) {
    // The name lower-cased once: its first and last words are read from it, and it becomes the person's `low`.
    // (Lower-casing valid UTF-8, all the stage reads, leaves the spaces where they were: the last word of the
    // lower-cased name is the lower-cased last word.) On the stack: most names are of someone known already, and
    // their lower case is not kept.
    const text::LowerCased lowered(name);
    return add_person(name, lowered.view());
}

int Speakers::add_person(std::string_view name, std::string_view low) {
    // "Donald Trump’s": the possessive is not part of the name. (Its bytes lower-case to themselves, one code point
    // at a time: the lower-cased name ends with them too, and loses as many.)
    for (std::string_view poss : {"’s", "'s"})
        if (ends_after(name, poss, 2)) {
            name.remove_suffix(poss.size());
            low.remove_suffix(poss.size());
        }
    // (The lower-cased name's first space and whether a third word follows, found once: the tests below of a word
    // opening a name of three words or more ask them of every name met, most of them someone's known already.)
    const std::size_t space = low.find(' ');
    const bool three_words = space != std::string_view::npos && low.find(' ', space + 1) != std::string_view::npos;
    const std::string_view low_first = low.substr(0, space);
    // "Brytyjczyk Simon Roe", "Britannique Simon Roe", "Briton Simon Roe": a demonym noun ([demonym_words]) opening a
    // name of three words or more is none of it, each time it is met, and describes the person; so does a party's
    // noun for its member ([party_label_words]: "le Vert Jean Roux", "der Grüne Jan Roth").
    if (three_words &&
        (in_list(lexs, "demonym_words", low_first) || in_list(lexs, "party_label_words", low_first))) {
        const int k = add_person(name.substr(name.find(' ') + 1), low.substr(space + 1));
        people[static_cast<std::size_t>(k)].personal = true;
        describe(k, {low_first});
        return k;
    }
    // "Oma Gerda" after "Gerda Pfeiffer", "Uncle Bob" after "Bob Hale": a kin word ([kin_words]) before one given
    // name is what the text calls a person whose full name opens with that name, the full name's person.
    if (space != std::string_view::npos && space + 1 < low.size() && !three_words && !people.empty() &&
        kin_word(low_first))
        if (const int full = longest_opening(low.substr(space + 1));
            full >= 0 && people[static_cast<std::size_t>(full)].low.size() > low.size() - space - 1)
            return full;
    if (const int known = settled_person(name, low); known >= 0)
        return known;
    // "Eva Bos van RailWerk": a company's name after a full name and a particle is none of it (camel_body_start; asked,
    // as the compound below, of a name not known yet; the lower case ends with the same two words, cut before them)
    if (const std::size_t cut = camel_body_start(name); cut != 0)
        return add_person(name.substr(0, cut), low.substr(0, low.rfind(' ', low.rfind(' ') - 1)));
    // "Collega-zanger Wim Verbeke", "PSV-trainer Jan Bos": a first word whose part after its hyphen is in lower
    // case is a compound noun of what the person is (lower_compound), none of a name of three words or more.
    // (German capitalises the part: "SPD-Chef Jan Roth", read by names_into as a noun and the name after it)
    if (const std::size_t name_space = name.find(' '); name_space != std::string_view::npos &&
                                                       lower_compound(name.substr(0, name_space), *this) &&
                                                       name.find(' ', name_space + 1) != std::string_view::npos) {
        const int holder = add_person(name.substr(name_space + 1), low.substr(space + 1));
        people[static_cast<std::size_t>(holder)].personal = true;
        describe(holder, {low_first});
        return holder;
    }
    // (find_lowered_name, with whether the last word found the person: only then is the name settled below)
    int by_last = find_by_last_name(low.substr(low.rfind(' ') + 1));
    // "el Gobierno regional" after "la Delegación del Gobierno", "the Board" after "the Office of the Harbour Board":
    // a body's name whose noun heads it ([body_words], [organisation_words], [place_body_words]) ends with what the
    // body is of, no surname: a name headed by another body's noun is another body.
    // (another name the page gave ending with that word may be the body: "the Harbour Board" besides its office)
    if (by_last >= 0 && headed_body_elsewhere(people[static_cast<std::size_t>(by_last)].low, low)) {
        const std::string_view last = low.substr(low.rfind(' ') + 1);
        by_last = -1;
        for (std::size_t j = people.size(); j-- > 0 && by_last < 0;) {
            const std::string& other = people[j].low;
            if (other.size() > last.size() && other.ends_with(last) && other[other.size() - last.size() - 1] == ' ' &&
                !headed_body_elsewhere(other, low))
                by_last = static_cast<int>(j);
        }
    }
    int k = by_last >= 0 ? by_last : people.empty() ? -1 : longest_opening(low);
    // "dijo Lema" after "Antón Lema Castro": a Spanish name's first surname alone (first_surname_of).
    if (k < 0 && !people.empty())
        if (const int surname_of = first_surname_of(*this, low); surname_of >= 0)
            return surname_of;
    // "Tomasza Wierzbickiego" after "Tomasz Wierzbicki": a name in another case is the person named before; so is
    // "Anny Nowak" after "Anna Nowak", whose last word found her already (not a name her own ends with, "Nowak",
    // "Anna Nowak" again).
    if ((k < 0 || (k == by_last && !people[static_cast<std::size_t>(k)].low.ends_with(low))) && !people.empty())
        if (const int inflected = inflected_person(low); inflected >= 0)
            return inflected;
    // "Berg von der Heide" after "Anna Maria Berg": the known surname and its particles (particle_tail_of).
    if ((k < 0 || k == by_last) && !people.empty())
        if (const int tail_of = particle_tail_of(*this, name, low, k); tail_of >= 0)
            return tail_of;
    // "Architect Lea Vance", "L'ingénieur Paul Roux", "Landwirtin Eva Brandt": a trade ([trade_words], or a compound
    // ending in one: "Busfahrerin Anna Keller") opening a
    // name of three words or more is none of it (no role of a body, names_into keeps it) and makes the rest a person.
    // ("Farmer Jones": before one word it may be the surname's given name, and stays.) (Asked of a name whose last
    // word finds someone too: "Meteorologist Ben Kowal says" read first as a sentence's names, which gave "Ben Kowal",
    // then as the cue's subject, is the same Ben Kowal, no relative of his named "Meteorologist Ben Kowal".)
    if (three_words && (trade_noun(low_first, *this) || compound_trade(low_first, *this))) {
        k = add_person(name.substr(name.find(' ') + 1), low.substr(space + 1));
        people[static_cast<std::size_t>(k)].personal = true;
        // ("Farmer Tom Hale said [...] The farmer told": the trade describes the person, trade_holder)
        describe(k, {low_first});
        return k;
    }
    // "Hori Parata" and his son "Te Kaurinui Parata": a shared surname under two first names.
    if (k >= 0) {
        const std::string& known = people[static_cast<std::size_t>(k)].low;
        auto first_word = [](std::string_view n) { return n.substr(0, n.find(' ')); };
        // But where names carry two surnames ([quote_conventions]), "Landa Cárdenas" after "Mauricio Landa Cárdenas"
        // is the end of his name.
        // (A name run opened by an adverb or an outlet, "Incluso Rosa Imaz", "EFE Lucía Gómez", has no given name.)
        // (asked last, and its word lists after the comparisons: most names met again are the same name, which has
        // the known name's first word, and are settled before it)
        auto ends_known = [&] {
            if (known.size() <= low.size() || known[known.size() - low.size() - 1] != ' ' ||
                known.compare(known.size() - low.size(), low.size(), low) != 0)
                return false;
            const std::string_view opener = first_word(known);
            const std::string_view opener_written = first_word(people[static_cast<std::size_t>(k)].name);
            const bool acronym = opener_written.size() >= 2 &&
                                 std::all_of(opener_written.begin(), opener_written.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
            // ("Mulder van Oosterwold" after "Karin Mulder van Oosterwold": a surname holding a particle is the end
            // of the name in any language)
            const std::vector<std::string_view> words = text::split_ws(low);
            // ("Van Wyk said" after "Pieter van Wyk": a surname opening with its particle, capitalised at the
            // sentence's start, is the end of the name too)
            const bool particle_inside =
                (words.size() >= 3 && std::any_of(words.begin() + 1, words.end() - 1, [&](std::string_view w) {
                     return particle(w) && !particle(words.front());
                 })) ||
                (words.size() >= 2 && particle(words.front()) && !particle(words.back()));
            return (in_list(lexs, "quote_conventions", "two surnames") || particle_inside) && !acronym &&
                   !stopword(opener) && !in_list(lexs, "sentence_openers", opener) &&
                   !has_tag(lexs, WordTags::cue_adverb, opener);
        };
        // (the known name's first space, found once: it tells whether the name has two words, and ends the first)
        const std::size_t known_space = known.find(' ');
        // "Juan Antonio “Tony” Ruiz" after "Juan Orlando Ruiz": the same given name with another second name is
        // another person of the family (but an initial may be short for it: "Robert C. Vale", "Robert Carl Vale").
        auto other_middle = [&] {
            const auto second = [](std::string_view n) {
                const std::size_t a = n.find(' ') + 1, b = n.find(' ', a);
                return b == std::string_view::npos ? std::string_view() : n.substr(a, b - a);
            };
            const std::string_view x = second(known), y = second(low);
            const auto initial = [](std::string_view w) { return w.size() <= 2 || w.back() == '.'; };
            return !x.empty() && !y.empty() && x != y && !initial(x) && !initial(y);
        };
        if (known_space != std::string::npos && space != std::string::npos &&
            (std::string_view(known).substr(0, known_space) != low_first || other_middle()) && !ends_known() &&
            !nicknamed(known, low_first)) {
            const int added = new_person(name, low);
            note_first_word(added);
            return added;
        }
    }
    if (k >= 0) {
        Person& known = people[static_cast<std::size_t>(k)];
        if (name.size() > known.name.size()) {
            known.name = name; // the longest form is the speaker
            known.low = low;
            note_first_word(k);
        }
        // (settled whether it grew or not: grown, the name is the person's own, which gives the person again)
        if (k == by_last)
            settle(low, k);
        return k;
    }
    // "según ha anunciado el Ministerio" then "El Ministerio de Cultura": a body met first by its noun alone ("la
    // Behörde", "the Ministry") and then by its full name, the noun opening it before a link to what the body is of,
    // is that body, whose name is now the full one (a name met first in full gives its noun the full name already,
    // longest_opening). Only a body's noun: a surname alone, "Martín", opens no "Martín de Castro".
    if (const int grown = grown_body_noun(name, low); grown >= 0)
        return grown;
    k = new_person(name, low);
    const std::string& added = people.back().low;
    note_first_word(k);
    const std::size_t bit = word_bit(by_last_name.emplace(added.substr(added.rfind(' ') + 1), k).first->first);
    last_words[bit / 64] |= std::uint64_t{1} << (bit % 64);
    // (no one had its last word, which is now the new person's: the name is the person's own, as above)
    settle(low, k);
    return k;
}

namespace {

// The slot of a settled name: its size and three of its bytes ("ana ruiz" and "ana rios" differ in the middle).
std::size_t settled_slot(std::string_view low) {
    return (low.size() * 61 + static_cast<unsigned char>(low.front()) * 7 +
            static_cast<unsigned char>(low[low.size() / 2]) * 29 + static_cast<unsigned char>(low.back()) * 131) % 64;
}

} // namespace

bool Speakers::headed_body_elsewhere(std::string_view known, std::string_view low) const {
    const std::size_t space = known.find(' ');
    if (space == std::string_view::npos || known.size() <= low.size() + 1)
        return false;
    // (an acronym noted for the body, "DGT", is its name, not what it is of)
    const std::string_view last = low.substr(low.rfind(' ') + 1);
    if (!known.ends_with(last) || known[known.size() - last.size() - 1] != ' ')
        return false;
    // (but "según Sanidad" after "el Ministerio de Sanidad": what a body is of may stand for it; only a name headed
    // by another body's noun is another body)
    // (the noun heads the name when its link to what the body is of follows it: "office of", "delegación del")
    const std::string_view head = known.substr(0, space), new_head = low.substr(0, low.find(' '));
    const std::size_t link_end = known.find(' ', space + 1);
    return head != new_head && link_end != std::string_view::npos &&
           in_list(lexs, "body_link_words", known.substr(space + 1, link_end - space - 1)) && body_noun(head) &&
           body_noun(new_head);
}

bool Speakers::body_noun(std::string_view low_word) const {
    return in_list(lexs, "body_words", low_word) || in_list(lexs, "organisation_words", low_word) ||
           in_list(lexs, "place_body_words", low_word);
}

int Speakers::grown_body_noun(std::string_view name, std::string_view low) {
    // (a name of three words or more whose first word is someone's whole name: most new names are turned away by
    // the sketch of last words before a word list is read)
    const std::size_t space = low.find(' ');
    if (space == std::string_view::npos)
        return -1;
    const std::size_t link_end = low.find(' ', space + 1);
    const std::string_view head = low.substr(0, space);
    if (link_end == std::string_view::npos)
        return -1;
    const int k = find_by_last_name(head);
    if (k < 0)
        return -1;
    Person& known = people[static_cast<std::size_t>(k)];
    if (known.low != head || !in_list(lexs, "body_link_words", low.substr(space + 1, link_end - space - 1)) ||
        !body_noun(head))
        return -1;
    known.name = name;
    known.low = low;
    note_first_word(k);
    // (its last word finds it now, as an acronym noted for it does)
    note_acronym(k, low.substr(low.rfind(' ') + 1));
    return k;
}

int Speakers::settled_person(std::string_view name, std::string_view low) const {
    if (low.empty())
        return -1;
    const SettledName& slot = settled[settled_slot(low)];
    if (slot.size != low.size() || std::memcmp(slot.low, low.data(), low.size()) != 0)
        return -1;
    // (the person's name is as it was when the slot was filled, and this form is no longer: it would not replace it)
    const std::size_t known_size = people[static_cast<std::size_t>(slot.person)].name.size();
    return known_size == slot.known_size && name.size() <= known_size ? slot.person : -1;
}

void Speakers::settle(std::string_view low, int k) {
    if (low.empty() || low.size() > sizeof(SettledName{}.low))
        return;
    SettledName& slot = settled[settled_slot(low)];
    slot.size = static_cast<std::uint8_t>(low.size());
    std::memcpy(slot.low, low.data(), low.size());
    slot.person = k;
    slot.known_size = static_cast<std::uint32_t>(people[static_cast<std::size_t>(k)].name.size());
}

char Speakers::gender_of(const std::vector<std::string_view>& words, bool reversed,
                         const std::vector<std::uint16_t>* known_tags) const {
    if (words.empty())
        return 'x'; // (a name with no word before it, or no apposition: the word lists are not looked for)
    const WordTags& tags = word_tags(lexs);
    // ("l'élue", "l’adjoint": the gender of the noun after an elided article)
    constexpr std::uint16_t gendered = WordTags::feminine | WordTags::masculine;
    auto tags_of = [&](std::size_t i) {
        std::uint16_t t = known_tags != nullptr ? (*known_tags)[i] : tags.of(words[i]);
        // (a word in no list, its second byte an apostrophe's first: most words are turned away by the first test)
        const std::string_view w = words[i];
        if (t == 0 && w.size() > 2 && (w[1] == '\'' || w[1] == '\xE2'))
            if (std::string_view noun = after_elision(w); noun.size() != w.size())
                t = static_cast<std::uint16_t>(tags.of(noun) & gendered);
        return t;
    };
    // (each word's tags are looked up once: read forwards, a word's tags serve the next word as those of the word
    // before it; read backwards, the tags of the word before serve at the next step as the word's own)
    std::uint16_t t = 0, t_before = 0;
    if (reversed && !words.empty())
        t_before = tags_of(0);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string_view w = words[i];
        // the tags of the word before w in the text (none for the first word read forwards)
        if (reversed) {
            t = t_before;
            t_before = i + 1 < words.size() ? tags_of(i + 1) : 0;
        } else {
            t_before = t;
            t = tags_of(i);
        }
        if (t_before & WordTags::complement)
            continue;
        if (t & WordTags::feminine)
            return 'f';
        if (t & WordTags::masculine)
            return 'm';
        // German forms the feminine of a role noun with -in: "Sprecherin" / "Sprecher", "Bürgermeisterin".
        if (capitalised_nouns && w.size() > 6 && role_noun(w, *this)) {
            // ("Gemeinderätin", "Stadträtin": a role noun in -in is a woman's, its masculine form listed or not)
            if (w.compare(w.size() - 2, 2, "in") == 0)
                return 'f';
            if (role_noun(std::string(w) + "in", *this))
                return 'm';
        }
    }
    return 'x';
}

void Speakers::describe(int k, const std::vector<std::string_view>& words,
                        const std::vector<std::uint16_t>* known_tags) {
    auto& p = people[static_cast<std::size_t>(k)];
    const WordTags& tags = word_tags(lexs);
    // "The mayor of Ashby Vale visited", "Il sindaco di Pisa ha telefonato": a name right after an office's noun
    // ([office_words]) and the word linking it to its field ([role_field_words]; the words before the name come
    // from it backwards) is the place the office is of, which holds no role (a role describes it no more). Nor does
    // a name after a chain of such links ("the chairman of the board of Acme Mills, Tom Ray", "der Sprecher von Jens
    // Albrecht"): the role is another's, held in the name's body or for the name.
    if (known_tags != nullptr && words.size() >= 2 && words[1].size() >= 3 && in_list(lexs, "role_field_words", words[0])) {
        if (listed_noun(after_elided_prefix(words[1]), "office_words", *this))
            p.place = true;
        return;
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string_view w = words[i];
        if (w.size() < 3 && !short_role_noun(w, *this))
            continue;
        const std::uint16_t t = known_tags != nullptr ? (*known_tags)[i] : tags.of(w);
        if (t & WordTags::stopword)
            continue;
        std::vector<std::string>& into = (t & WordTags::nationality) ? p.nations : p.roles;
        if (std::find(into.begin(), into.end(), w) == into.end()) { // (each word once)
            if (into.empty())
                into.reserve(4); // (room for a description's few words at once, not one word, then two)
            into.emplace_back(w);
        }
    }
    // "le chef de la diplomatie indienne, Rajiv Menon", "il primo cittadino Marco Ferri": a phrase of [role_phrases]
    // names a role by other words; the person holds that role too ("Le ministre a précisé", "il sindaco ha detto").
    // (note_names' words run backwards: the phrase is read forwards)
    if (words.size() >= 2) {
        const std::vector<std::string_view> forwards =
            known_tags != nullptr ? std::vector<std::string_view>(words.rbegin(), words.rend()) : words;
        for (const std::string_view f : phrase_forms(forwards, "role_phrases", *this))
            if (std::find(p.roles.begin(), p.roles.end(), f) == p.roles.end())
                p.roles.emplace_back(f);
    }
    if (known_tags == nullptr) // (note_names' words run backwards: it gives the fields itself)
        add_fields(p, words);
}

void Speakers::add_fields(Person& p, const std::vector<std::string_view>& words) const {
    // (not the words of p's own name, in a mention that names them: "o presidente da autarquia, António Correia")
    auto own_name = [&p](std::string_view f) {
        for (std::size_t at = p.low.find(f); at != std::string::npos; at = p.low.find(f, at + 1))
            if ((at == 0 || p.low[at - 1] == ' ') && (at + f.size() == p.low.size() || p.low[at + f.size()] == ' '))
                return true;
        return false;
    };
    for (const std::string_view f : role_fields(words, *this))
        if (!own_name(f) && std::find(p.fields.begin(), p.fields.end(), f) == p.fields.end())
            p.fields.emplace_back(f);
}

void Speakers::mentioned(std::size_t pos, int k) {
    events.emplace_back(pos, k);
}

bool Speakers::role_met_before(const std::vector<std::string_view>& roles, int k,
                               const std::vector<std::string_view>& fields) const {
    if (roles_met.empty() || roles.empty())
        return false;
    std::size_t first = static_cast<std::size_t>(-1); // (where person k was first mentioned)
    for (const auto& [pos, person] : events)
        if (person == k)
            first = std::min(first, pos);
    return std::any_of(roles_met.begin(), roles_met.end(), [&](const RoleMet& met) {
        return met.pos < first && !other_fields(met, fields) &&
               std::any_of(roles.begin(), roles.end(), [&](std::string_view r) { return same_role(met.role, r); });
    });
}

std::optional<std::size_t> Speakers::last_mention(int k, std::size_t pos) const {
    std::optional<std::size_t> last;
    for (const auto& [at, person] : events)
        if (person == k && at < pos && (!last || at > *last))
            last = at;
    return last;
}

bool Speakers::role_met_since_mention(const std::vector<std::string_view>& roles, int k, std::size_t pos,
                                      const std::vector<std::string_view>& fields) const {
    if (roles_met.empty() || roles.empty())
        return false;
    const std::optional<std::size_t> last = last_mention(k, pos);
    const Person& p = people[static_cast<std::size_t>(k)];
    auto named = [&](std::string_view r) {
        return std::any_of(roles.begin(), roles.end(), [&](std::string_view x) { return same_role(r, x); });
    };
    if (!last || std::any_of(p.roles.begin(), p.roles.end(), named))
        return false;
    return std::any_of(roles_met.begin(), roles_met.end(),
                       [&](const RoleMet& met) {
                           return met.pos > *last && met.pos < pos && named(met.role) && !other_fields(met, fields);
                       });
}

// ("Le chef de l'État a tenu un discours" met before "le chef du gouvernement": both of a field, none the same)
bool Speakers::other_fields(const RoleMet& met, const std::vector<std::string_view>& fields) {
    return !met.fields.empty() && !fields.empty() &&
           std::none_of(fields.begin(), fields.end(), [&met](std::string_view f) {
               return std::any_of(met.fields.begin(), met.fields.end(),
                                  [f](const std::string& x) { return same_word(x, f); });
           });
}

bool Speakers::same_role(std::string_view met, std::string_view r) const {
    return met == r || (capitalised_nouns && ends_after(met, r, 2));
}

int Speakers::role_met_since(int k, char gender, std::size_t pos) const {
    if (roles_met.empty() || (gender != 'f' && gender != 'm'))
        return -1;
    // (a role of the gender opening a clause before `pos` looked for first: most pronouns have none since the page's
    // start, and then k's last mention, read from all the page's mentions, is not looked for)
    const auto candidate = [gender, pos](const RoleMet& met) {
        return met.pos < pos && met.gender == gender && met.opens;
    };
    const auto first = std::find_if(roles_met.rbegin(), roles_met.rend(), candidate);
    if (first == roles_met.rend())
        return -1;
    const std::optional<std::size_t> seen = last_mention(k, pos);
    if (!seen)
        return -1;
    const std::size_t last = *seen;
    // (a role and one described by it, either way: "autorin" and "sachbuch-autorin")
    const auto holds = [this](const Person& p, const std::string& role) {
        return std::any_of(p.roles.begin(), p.roles.end(),
                           [&](const std::string& r) { return same_role(r, role) || same_role(role, r); });
    };
    for (auto met = first; met != roles_met.rend(); ++met) {
        if (met->pos <= last || !candidate(*met))
            continue;
        // ("le chef du DFAE a tenu à calmer le jeu [...] a-t-il indiqué" after "Son chef de groupe Thomas Aeschi": the
        // same role noun of another field is another role)
        const std::vector<std::string_view> met_fields(met->fields.begin(), met->fields.end());
        // ("Le ministre chinois a proposé [...] Il a dit" is not the Indian minister named before)
        const auto of_nation = [&met](const Person& p) {
            return met->nation.empty() || p.nations.empty() || matches(p.nations, met->nation) != 0;
        };
        if (const Person& pk = people[static_cast<std::size_t>(k)];
            holds(pk, met->role) && !other_field(pk, met_fields) && of_nation(pk))
            return -1;
        // ("la ministre de la Santé, Sophie Garnier" named before: "la ministre a promis [...] a-t-elle affirmé")
        for (int h : recent(pos))
            if (const Person& p = people[static_cast<std::size_t>(h)];
                !p.name.empty() && holds(p, met->role) && !other_field(p, met_fields) && of_nation(p))
                return h;
        return -2;
    }
    return -1;
}

bool Speakers::mentioned_before(std::size_t pos) const {
    // (the mentions recent() reads; the first one before `pos` answers, most often the last mention of all)
    int seen = 0;
    for (auto it = events.rbegin(); it != events.rend() && seen < 400; ++it, ++seen)
        if (it->first <= pos)
            return true;
    return false;
}

std::vector<int> Speakers::recent(std::size_t pos, bool reported_last) const {
    std::vector<int> out;
    out.reserve(people.size()); // (each person once at most: room taken once)
    // (a flag by person says whether it is in `out` already: the 400 events are not each searched for in out)
    thread_local std::vector<char> listed;
    listed.assign(people.size(), 0);
    // (first the mentions outside reported words, when they rank first; then all that are left)
    for (int pass = reported_last && !reported.empty() ? 0 : 1; pass < 2; ++pass) {
        int seen = 0;
        for (auto it = events.rbegin(); it != events.rend() && seen < 400; ++it, ++seen)
            if (char& in_out = listed[static_cast<std::size_t>(it->second)];
                it->first <= pos && in_out == 0 && (pass == 1 || !in_reported(it->first))) {
                in_out = 1;
                out.push_back(it->second);
            }
    }
    return out;
}

void Speakers::note_reported(std::size_t b, std::size_t e) {
    if (b >= e)
        return;
    // (kept in order of their starts: most come in reading order, and are put at the end)
    auto at = std::upper_bound(reported.begin(), reported.end(), b,
                               [](std::size_t v, const std::pair<std::size_t, std::size_t>& r) { return v < r.first; });
    reported.insert(at, {b, e});
}

bool Speakers::in_reported(std::size_t pos) const {
    // (the ranges may nest, an indirect quote's holding a quote's: any range opening before `pos` may hold it, and
    // the few of a page are walked back from the last opening there)
    auto after = std::upper_bound(reported.begin(), reported.end(), pos,
                                  [](std::size_t v, const std::pair<std::size_t, std::size_t>& r) { return v < r.first; });
    return std::any_of(reported.begin(), after, [pos](const auto& r) { return pos < r.second; });
}

// The people's storage.

int Speakers::new_person(std::string_view name, std::string_view low) {
    if (spare_people.empty()) {
        people.push_back(
            Person{std::string(name), 'x', {}, {}, false, false, false, std::string(low), {}, std::string(), false});
        return static_cast<int>(people.size() - 1);
    }
    Person& p = people.emplace_back(std::move(spare_people.back()));
    spare_people.pop_back();
    // Every field set as Person{name, 'x', {}, {}, false, false, false, low, {}, "", false} sets it, the strings and
    // lists in their room.
    // (Set one by one: that costs half of moving the room out, making a Person{} and moving the room back. The
    // binding names every field, so a field added to Person stops the build here until it is set too.)
    auto& [p_name, p_gender, p_roles, p_nations, p_personal, p_subject, p_place, p_low, p_fields, p_age,
           p_publication] = p;
    p_name.assign(name);
    p_gender = 'x';
    p_roles.clear();
    p_nations.clear();
    p_personal = false;
    p_subject = false;
    p_place = false;
    p_low.assign(low);
    p_fields.clear();
    p_age.clear();
    p_publication = false;
    return static_cast<int>(people.size() - 1);
}

void Speakers::clear_people() {
    spare_people.insert(spare_people.end(), std::make_move_iterator(people.begin()),
                        std::make_move_iterator(people.end()));
    people.clear();
}

} // namespace archive::quoting
