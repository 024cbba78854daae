// The people of an article as the text names them (role, title and common nouns, the names of a sentence:
// names_in) and the resolution of a mention to one of them (Extractor); the book of people is quote_speakers.cpp.
#include "quotes_parts.hpp"

#include "text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace archive::quoting {

namespace {

// Role and nationality words agree across gender and number: "américain" / "américaine", "russe" / "russes",
// but a compound is another word: "Gemeinde" is not "Gemeindepräsidentin".
// The entries of a section, empty when the language has none; through section_of's cache.
const std::vector<std::string>& entries_of(const Lexicon* lex, std::string_view name) {
    static const std::vector<std::string> none;
    const LexiconSection* sec = section_of(lex, name);
    return sec == nullptr ? none : sec->entries;
}

bool same_word(const std::string& a, const std::string& b) {
    const std::string& shorter = a.size() <= b.size() ? a : b;
    const std::string& longer = a.size() <= b.size() ? b : a;
    if (shorter == longer)
        return true;
    return text::length_cp(shorter) >= 4 && longer.size() - shorter.size() <= 3 &&
           longer.compare(0, shorter.size(), shorter) == 0;
}

// The entries of a word list (role words, noun endings) read from their last byte backwards, as a tree: a node is
// the ending of an entry, its children the endings one byte longer. A word's endings that are entries are found in
// one walk from its last byte, which stops where no entry ends so ("Bauer": no role word ends in "auer"), instead of
// a look-up for each length of an entry, or a comparison with each entry.
struct EndingTree {
    // (the children of a node are a list through `sibling`: no room of its own for each node's few children)
    struct Node {
        std::uint32_t child = 0, sibling = 0; // the first child, the next child of the same parent (0: none)
        unsigned char byte = 0;               // the byte this node adds before its parent's ending
        bool whole = false;                   // the ending is an entry itself
    };
    std::vector<Node> nodes = std::vector<Node>(1); // nodes[0]: the empty ending (a node for each byte at most)
    std::array<std::uint32_t, 256> last{};           // the children of the empty ending by byte (0: none)

    void add(std::string_view w) {
        std::uint32_t at = 0;
        for (std::size_t i = w.size(); i-- > 0;) {
            const auto b = static_cast<unsigned char>(w[i]);
            std::uint32_t next = at == 0 ? last[b] : child(at, b);
            if (next == 0) {
                next = static_cast<std::uint32_t>(nodes.size());
                Node node;
                node.byte = b;
                if (at == 0) {
                    last[b] = next;
                } else {
                    node.sibling = nodes[at].child;
                    nodes[at].child = next;
                }
                nodes.push_back(node);
            }
            at = next;
        }
        nodes[at].whole = true;
    }
    std::uint32_t child(std::uint32_t at, unsigned char b) const {
        std::uint32_t k = nodes[at].child;
        while (k != 0 && nodes[k].byte != b)
            k = nodes[k].sibling;
        return k;
    }
    // w ends with an entry after more than `more` bytes before it (ends_after(w, entry, more)), or, when `whole`,
    // is one: "Außenminister" (a role word after six bytes), "Pressemitteilung" (a noun ending after twelve).
    bool ends_with_entry(std::string_view w, std::size_t more, bool whole) const {
        const std::size_t n = w.size();
        if (nodes[0].whole && ((whole && n == 0) || n > more))
            return true;
        std::uint32_t at = 0;
        for (std::size_t d = 1; d <= n; ++d) { // (d: the bytes of the ending at `at`'s child)
            const auto b = static_cast<unsigned char>(w[n - d]);
            at = at == 0 ? last[b] : child(at, b);
            if (at == 0)
                return false;
            if (nodes[at].whole && ((whole && d == n) || d + more < n))
                return true;
        }
        return false;
    }
    void add_all(const auto& entries) {
        std::size_t bytes = 0;
        for (const auto& w : entries)
            bytes += w.size();
        nodes.reserve(nodes.size() + bytes);
        for (const auto& w : entries)
            add(w);
    }
};

// The last two bytes of a lexicon's role words (a word that ends otherwise is no role word and has none of its endings
// listed: most words are turned away there, before their endings are read), its role words and its noun endings.
struct Endings {
    const Lexicon* lex = nullptr;
    std::vector<std::uint64_t> role_pairs = std::vector<std::uint64_t>(1024); // 65536 bits
    bool short_role = false;          // a role word of fewer than two bytes: the pairs do not answer
    EndingTree roles;                 // the role words, for the words whose last two bytes may end one
    EndingTree noun_endings;          // the [noun_ending_words] entries
};

std::size_t pair_of(std::string_view w) {
    return static_cast<std::size_t>(static_cast<unsigned char>(w[w.size() - 2])) << 8 |
           static_cast<unsigned char>(w.back());
}

// The Endings of a lexicon, built the first time a thread asks for them.
const Endings& endings_built(const Lexicon* lex) {
    thread_local std::vector<std::unique_ptr<Endings>> built;
    for (const auto& e : built)
        if (e->lex == lex)
            return *e;
    auto e = std::make_unique<Endings>();
    e->lex = lex;
    e->roles.add_all(lex->role_words);
    for (const auto& w : lex->role_words) {
        if (w.size() < 2) {
            e->short_role = true;
            continue;
        }
        const std::size_t bit = pair_of(w);
        e->role_pairs[bit / 64] |= std::uint64_t{1} << (bit % 64);
    }
    e->noun_endings.add_all(entries_of(lex, "noun_ending_words"));
    built.push_back(std::move(e));
    return *built.back();
}

// (asked for every capitalised word: the lexicon asked last is answered inline, without a call)
inline const Endings& endings_of(const Lexicon* lex) {
    thread_local const Endings* last = nullptr; // (a page asks about one language's words)
    if (last == nullptr || last->lex != lex)
        last = &endings_built(lex);
    return *last;
}

} // namespace

std::size_t matches(const std::vector<std::string>& words, const std::string& w) {
    std::size_t n = 0;
    for (const auto& x : words)
        n += same_word(x, w);
    return n > 0 ? 1 : 0;
}

bool particle(std::string_view w) {
    // Each particle has two or three bytes: compared as one number of them.
    auto key = [](std::string_view v) {
        auto k = static_cast<std::uint32_t>(v.size()); // (the length first: "\0de" is not "de")
        for (char c : v)
            k = k << 8 | static_cast<unsigned char>(c);
        return k;
    };
    static constexpr std::string_view list[] = {"de", "von", "van", "der", "den", "di", "da", "del", "bin",
                                                "al", "dos", "le",  "la",  "du",  "zu", "ten", "ter"};
    static const auto keys = [&key] {
        std::array<std::uint32_t, std::size(list)> out{};
        for (std::size_t j = 0; j < out.size(); ++j)
            out[j] = key(list[j]);
        return out;
    }();
    if (w.size() < 2 || w.size() > 3)
        return false;
    const std::uint32_t k = key(w);
    return std::find(keys.begin(), keys.end(), k) != keys.end();
}

bool role_noun(std::string_view w, const Speakers& sp) {
    // The word itself, or an ending of it at least four bytes shorter ("Außenminister").
    for (const Lexicon* lex : sp.lexs) {
        const Endings& ends = endings_of(lex);
        // (every ending of w, w too, has w's last two bytes)
        if (w.size() >= 2 && !ends.short_role) {
            const std::size_t bit = pair_of(w);
            if ((ends.role_pairs[bit / 64] >> (bit % 64) & 1) == 0)
                continue;
        }
        if (ends.roles.ends_with_entry(w, 3, true))
            return true;
    }
    return false;
}

bool title_noun(std::string_view w, const Speakers& sp) {
    for (const Lexicon* lex : sp.lexs)
        for (const auto& t : entries_of(lex, "title_words"))
            if (w == t || (sp.capitalised_nouns && ends_after(w, t, 2)))
                return true;
    return false;
}

bool common_noun(std::string_view w, const Speakers& sp) {
    for (const Lexicon* lex : sp.lexs) {
        if (endings_of(lex).noun_endings.ends_with_entry(w, 2, false))
            return true;
    }
    return false;
}

std::vector<NameSpan> names_in(const std::vector<Word>& ws, const Speakers& sp) {
    std::vector<NameSpan> out;
    // The stopwords, "according" words and titles asked of every capitalised word, in one look-up.
    const WordTags& tags = word_tags(sp.lexs);
    auto stopword = [&tags](const Word& w) { return (tags.of(w) & WordTags::stopword) != 0; };
    const std::size_t n = ws.size();
    std::size_t k = 0;
    while (k < n) {
        // (most words are in lower case or punctuation, which is never `upper`: passed in a loop of their own, which
        // reads the vector's size once)
        while (k < n && !ws[k].upper)
            ++k;
        if (k == n)
            break;
        if (stopword(ws[k]) || role_noun(ws[k].low, sp) ||
            (tags.of(ws[k]) & WordTags::according_entry) ||
            ((tags.of(ws[k]) & WordTags::person_title) && person_title(sp.lexs, ws[k].low))) {
            ++k;
            continue;
        }
        std::size_t e = k;
        while (e + 1 < ws.size()) {
            const Word& nx = ws[e + 1];
            if (!nx.punct && nx.upper && !stopword(nx) && !role_noun(nx.low, sp)) {
                ++e;
                continue;
            }
            // "Ursula von der Leyen", "Jan van den Berg"; but in German "der"/"den" alone are articles
            // ("Aussage der Gewerkschaft").
            bool article_particle = (nx.low == "der" || nx.low == "den") && sp.capitalised_nouns && !particle(ws[e].low);
            if (!nx.punct && particle(nx.low) && !article_particle) {
                std::size_t j = e + 2; // (past "von der", "van den", "de la" too)
                while (j < ws.size() && j < e + 4 && !ws[j].punct && particle(ws[j].low))
                    ++j;
                if (j < ws.size() && ws[j].upper && !ws[j].punct) {
                    e = j;
                    continue;
                }
            }
            break;
        }
        // "John Sifton von Human Rights Watch", "Ana Ruiz de la Universidad Central": a full name before
        // the particle and more capitalised words after it are a person and a body; in German so is one word
        // after two particles ("Anna Muster von der Hafenbehörde": "von der Leyen" follows a given name alone).
        for (std::size_t j = k + 2; j + 2 <= e; ++j)
            if (!ws[j].upper && particle(ws[j].low) && !particle(ws[j - 1].low) && ws[j - 1].upper && ws[j - 2].upper &&
                j >= k + 2) {
                std::size_t after = j + 1;
                while (after <= e && particle(ws[after].low))
                    ++after;
                if (e >= after + 1 || (sp.capitalised_nouns && after >= j + 2)) {
                    e = j - 1;
                    break;
                }
            }
        // "Retired Lt. Gen. Lena Orvell", "Former Sen. Tom Reed": a title inside the run opens the name of two
        // words or more after it (but initials are the name's: "le maire, J.M. Roux").
        for (std::size_t j = e; j > k; --j)
            if ((tags.of(ws[j - 1]) & WordTags::person_title) && person_title(sp.lexs, ws[j - 1].low)) {
                if (j < e)
                    k = j;
                break;
            }
        // "Weil ihre Kollegin Fieber hatte": capitalised words right after a possessive are its nouns.
        if (k > 0 && !ws[k - 1].punct && (tags.of(ws[k - 1]) & WordTags::possessive)) {
            k = e + 1;
            continue;
        }
        // "Dämlichkeit", "Bundesrepublik", "Pressemitteilung": a word with a common-noun ending is no name.
        bool noun = false;
        for (std::size_t j = k; j <= e; ++j)
            noun = noun || common_noun(ws[j].low, sp);
        if (noun) {
            k = e + 1;
            continue;
        }
        // German capitalises every noun: "Laut Finanzvorsteher Beat Zaugg" - a name is the run's last two words.
        // But initials belong to the name: "Bürgermeister A.B. Keller".
        if (sp.capitalised_nouns && e - k + 1 > 2 && !particle(ws[e - 1].low)) {
            std::size_t first = k;
            k = e - 1;
            while (k > first && ws[k - 1].low.size() == 2 && ws[k - 1].low[1] == '.')
                --k;
        }
        // ("Juan Pérez de la Fuente": particles do not count)
        std::size_t len = 0;
        for (std::size_t j = k; j <= e; ++j)
            len += ws[j].upper ? 1 : 0;
        // (asked only of a single word)
        auto after_role = [&] {
            return k > 0 && !ws[k - 1].punct &&
                   (role_noun(ws[k - 1].low, sp) ||
                    ((tags.of(ws[k - 1]) & WordTags::person_title) && person_title(sp.lexs, ws[k - 1].low)));
        };
        bool known_single = len == 1 && (after_role() || sp.find_person_lowered(ws[k].low) >= 0);
        if ((len >= 2 && len <= 4) || known_single) {
            if (out.empty())
                out.reserve(4); // (room for a paragraph's few names at once, not one name, then two, then four)
            out.push_back({k, e});
        }
        k = e + 1;
    }
    return out;
}

std::string span_text(std::string_view s, const std::vector<Word>& ws, std::size_t first, std::size_t last) {
    return text::collapse(s.substr(ws[first].b, ws[last].e - ws[first].b));
}

// "Jan Roth von der GVD", "Ida Berg von Clean Rivers Watch": where the language names a speaker with the
// organisation that speaks through them, the word at j joins a name to an organisation named by an acronym or
// by several capitalised proper words ("von der CFTC") that end the clause: the index past them, else 0. A common
// noun ("von der Staatsanwaltschaft") or an adjective ("von der britischen Warte") makes a description.
static std::size_t affiliation_end(const std::vector<Word>& ws, std::size_t j, const Speakers& sp) {
    if (j + 1 >= ws.size() || ws[j].punct || !in_list(sp.lexs, "speaker_affiliations", ws[j].low))
        return 0;
    std::size_t f = j + 1;
    if (!ws[f].punct && !ws[f].upper && in_list(sp.lexs, "articles", ws[f].low))
        ++f;
    std::size_t e = f;
    while (e < ws.size() && e - f < 4 && !ws[e].punct && ws[e].upper &&
           (ws[e].acronym || (!common_noun(ws[e].low, sp) && !role_noun(ws[e].low, sp) && !title_noun(ws[e].low, sp) &&
                              !sp.stopword(ws[e].low))))
        ++e;
    // One word names the organisation when it is an acronym ("CFTC"); a German capitalised noun alone
    // ("Hafenbehörde") is a common noun.
    bool named = e - f >= 2 || (e == f + 1 && ws[f].acronym);
    return !named || (e < ws.size() && !ws[e].punct) ? 0 : e;
}

// The affiliation after the name n (two words or more) of a mention's words `sub` (" von der CFTC"), for the
// speaker of this quote; the person stays known by the name alone.
std::string Extractor::affiliation(std::string_view s, const std::vector<Word>& sub, const NameSpan& n) const {
    std::size_t e = n.last > n.first ? affiliation_end(sub, n.last + 1, sp) : 0;
    if (e == 0)
        return {};
    std::string out(1, ' ');
    out += span_text(s, sub, n.last + 1, e - 1);
    return out;
}

// The person a mention "article, role noun, preposition, the body's names" (sub, its names `names`) describes:
// the most recent person known to be one, whose description holds a word of the body's names; -1 when none.
int Extractor::member_of(const std::vector<Word>& sub, const std::vector<NameSpan>& names, std::size_t pos) const {
    if (sub.size() < 4 || sub[0].punct || sub[1].punct || sub[1].upper || !in_list(sp.lexs, "articles", sub[0].low) ||
        !role_noun(sub[1].low, sp))
        return -1;
    for (int k : sp.recent(pos)) {
        const Person& p = sp.people[static_cast<std::size_t>(k)];
        if (!p.personal)
            continue;
        // "a spokeswoman for Dock Union" after "the Harbour Union said": a body whose own name holds the word
        // ("union") is another body, not a member of this one.
        auto in_name = [&p](std::string_view w) {
            for (std::size_t at = p.low.find(w); at != std::string::npos; at = p.low.find(w, at + 1))
                if ((at == 0 || p.low[at - 1] == ' ') && (at + w.size() == p.low.size() || p.low[at + w.size()] == ' '))
                    return true;
            return false;
        };
        for (const auto& nm : names)
            for (std::size_t j = nm.first; j <= nm.last; ++j)
                if (!sub[j].punct && sub[j].low.size() >= 3 && matches(p.roles, std::string(sub[j].low)) != 0 &&
                    !in_name(sub[j].low))
                    return k;
    }
    return -1;
}

std::optional<std::string> Extractor::resolve(std::string_view s, const std::vector<Word>& ws, std::size_t first,
                                              std::size_t last, std::size_t pos) {
    // "in reply, and she urged", "asked voters to look at what she called": a subject pronoun
    // ending the words before the verb is the subject, whatever stands before it.
    if (last > first && !ws[last].punct) {
        char g = 'x';
        if (sp.pronoun(ws[last].low, g) && !in_list(sp.lexs, "possessive_words", ws[last].low))
            return resolve(s, ws, last, last, pos);
    }
    // A name inside the mention wins: "le chef de la diplomatie russe, Sergueï Lavrov".
    std::vector<Word> sub(ws.begin() + static_cast<std::ptrdiff_t>(first),
                          ws.begin() + static_cast<std::ptrdiff_t>(last + 1));
    std::vector<std::string_view> words;
    for (const auto& w : sub)
        if (!w.punct)
            words.emplace_back(w.low);
    auto names = names_in(sub, sp);
    // Which name is the speaker: one right after a role noun or title ("Sprecher Malinowski"), else the
    // name that opens the mention ("Barry Steinhardt, Direktor der ACLU"), else the last one
    // ("le chef de la diplomatie russe, Sergueï Lavrov").
    // "Er halte die Verlängerung für vertretbar und bezeichnete": a pronoun opening the mention is the
    // subject, whatever nouns follow (but "her" may be a possessive: "her spokesman said").
    if (words.size() >= 1 && names.empty() == false) {
        char g = 'x';
        if (sp.pronoun(words[0], g) && !sub.empty() && !in_list(sp.lexs, "possessive_words", words[0]))
            names.clear();
    }
    if (!names.empty()) {
        NameSpan n = names.back();
        bool chosen = false;
        for (const auto& cand : names)
            if (!chosen && cand.first > 0 && !sub[cand.first - 1].punct &&
                (role_noun(sub[cand.first - 1].low, sp) || person_title(sp.lexs, sub[cand.first - 1].low))) {
                n = cand;
                chosen = true;
            }
        if (!chosen && names.front().first == 0)
            n = names.front();
        // "la bióloga marina Carmen Ledesma, de la Universidad de Bravío": the last name not governed by a
        // preposition (one of the three words before it, within the same comma-set part).
        if (!chosen && names.front().first != 0) {
            auto governed = [&](const NameSpan& c) {
                for (std::size_t j = c.first, d = 0; j > 0 && d < 3; --j, ++d) {
                    if (sub[j - 1].punct)
                        return false;
                    if (in_list(sp.lexs, "preposition_words", sub[j - 1].low))
                        return true;
                }
                return false;
            };
            bool all_governed = true;
            for (auto it = names.rbegin(); it != names.rend(); ++it)
                if (!governed(*it)) {
                    n = *it;
                    all_governed = false;
                    break;
                }
            // "la referente de la APDH", "the head of the Tenants Union": a role of some body, all its names
            // governed, describes a person of that body named before ("Ana Ruiz, de la APDH, ..."), not the body.
            if (all_governed) {
                if (int k = member_of(sub, names, pos); k >= 0) {
                    sp.describe(k, words);
                    sp.mentioned(pos, k);
                    return sp.people[static_cast<std::size_t>(k)].name;
                }
            }
        }
        // "the Department of Wildlife Care", "das Ministerium für Umwelt": a body's name goes on past the word
        // linking its noun to what it is of ("Department" alone or "Wildlife Care" alone is not its name).
        auto body_link = [&](std::size_t j) { return !sub[j].punct && in_list(sp.lexs, "body_link_words", sub[j].low); };
        auto body_noun = [&](std::size_t j) {
            return !sub[j].punct && sub[j].upper && in_list(sp.lexs, "body_words", sub[j].low);
        };
        if (n.last + 2 < sub.size() && body_noun(n.last) && body_link(n.last + 1)) {
            std::size_t j = n.last + 2;
            while (j < sub.size() && !sub[j].punct && !sub[j].upper && in_list(sp.lexs, "articles", sub[j].low))
                ++j;
            std::size_t e = j;
            while (e < sub.size() && !sub[e].punct && sub[e].upper)
                ++e;
            if (e > j)
                n.last = e - 1;
        } else if (n.first >= 2 && body_link(n.first - 1) && body_noun(n.first - 2)) {
            // "the Ministry of Harbour Affairs": the name read is what the body is of; its noun goes first.
            std::size_t f = n.first - 2;
            while (f > 0 && !sub[f - 1].punct && sub[f - 1].upper && !sp.stopword(sub[f - 1].low))
                --f;
            n.first = f;
        }
        std::string name = span_text(s, sub, n.first, n.last);
        int k = sp.add_person(name);
        sp.describe(k, words);
        sp.mentioned(pos, k);
        std::string speaker = sp.people[static_cast<std::size_t>(k)].name;
        speaker += affiliation(s, sub, n);
        return speaker;
    }
    char gender = 'x';
    if (!words.empty() && sp.pronoun(words[0], gender) && (words.size() == 1 || names.empty())) {
        // "he said": the most recent compatible person; a name not known to be a person ("Great
        // Britain", "South Carolina") only when no known person is compatible.
        int pick = -1;
        for (int k : sp.recent(pos)) {
            const Person& p = sp.people[static_cast<std::size_t>(k)];
            if (gender == 'p' || p.gender == 'x' || p.gender == gender) {
                if (pick < 0)
                    pick = k;
                if (p.personal || p.subject) {
                    pick = k;
                    break;
                }
            }
        }
        if (pick < 0)
            return std::nullopt;
        Person& p = sp.people[static_cast<std::size_t>(pick)];
        if (gender != 'p' && p.gender == 'x')
            p.gender = gender;
        p.personal = true;
        sp.mentioned(pos, pick);
        return p.name;
    }
    // A bare surname or body: "Lynch said", "O'Neill said", "PolitiFact claimed", "Die SPD". German
    // capitalises every noun, so there only a known person or an acronym counts.
    {
        std::size_t f = first;
        while (f <= last && !ws[f].punct && (sp.stopword(ws[f].low) || in_list(sp.lexs, "articles", ws[f].low) ||
                                             person_title(sp.lexs, ws[f].low)))
            ++f;
        // Past `last` when the mention is only stopwords, articles and titles ("he", "the"): no name.
        std::string name = f <= last ? std::string(s.substr(ws[f].b, ws[f].e - ws[f].b)) : std::string();
        if (f == last && !ws[f].punct && ws[f].upper && !role_noun(ws[f].low, sp) && !sp.nationality(ws[f].low) &&
            !elided_article(name)) {
            bool acronym = text::length_cp(name) >= 2 && text::lower(name) != name &&
                           std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
            int k = sp.find_person(name);
            if (k >= 0 || acronym || !sp.capitalised_nouns) {
                if (k < 0)
                    k = sp.add_person(name);
                sp.mentioned(pos, k);
                return sp.people[static_cast<std::size_t>(k)].name;
            }
        }
    }
    // A role description resolves to the most recent compatible person.
    std::set<std::string> roles, nations;
    bool has_role_word = false;
    for (const auto& w : words) {
        if (sp.stopword(w) || w.size() < 3)
            continue;
        if (sp.nationality(w)) {
            nations.emplace(w);
        } else {
            roles.emplace(w);
            // ("der CDU-Politiker": a compound ending in a role noun)
            has_role_word = has_role_word || role_noun(w, sp);
        }
    }
    // "sagte der 58-Jährige", "the 58-year-old said", "ha detto il 58enne": an age stands for a person; with
    // no person to give it to, the age is all the text says of the speaker.
    std::optional<std::size_t> age;
    for (std::size_t k = first; k <= last && !age; ++k) {
        const std::string_view w = ws[k].low;
        // (not an adjective before its noun: "der 58-jährige Bürgermeister", "the 58-year-old mayor"; German
        // writes the noun with a capital: "Der 58-Jährige habe darin geschrieben")
        std::string_view raw = s.substr(ws[k].b, ws[k].e - ws[k].b);
        std::size_t hyphen = raw.find('-');
        bool noun = k == last || ws[k + 1].punct ||
                    (hyphen != std::string_view::npos && hyphen + 1 < raw.size() && raw[hyphen + 1] >= 'A' && raw[hyphen + 1] <= 'Z');
        if (ws[k].punct || w.empty() || w[0] < '0' || w[0] > '9' || !noun)
            continue;
        for (const Lexicon* lex : sp.lexs)
            for (const auto& end : entries_of(lex, "age_ending_words"))
                if (ends_after(w, end, 0))
                    age = k;
    }
    const bool has_role_noun = has_role_word;
    const char mention_gender = sp.gender_of(words);
    has_role_word = has_role_word || age.has_value();
    int best = -1;
    int best_score = 0;
    // Without a role noun or a nationality ("der Staatsanwaltschaft Krefeld", "the IMF report"), the
    // words match other people's descriptions by chance: the mention names a body itself.
    bool describes_person = has_role_word || !nations.empty();
    // "Chinesische Politiker haben angekündigt": German names one person with an article or a possessive; a
    // bare plural of role nouns is a group.
    if (sp.capitalised_nouns && !age &&
        std::none_of(words.begin(), words.end(), [this](std::string_view w) {
            return in_list(sp.lexs, "articles", w) || in_list(sp.lexs, "possessive_words", w);
        }))
        describes_person = false;
    for (int k : sp.recent(pos)) {
        if (!describes_person)
            break;
        const Person& p = sp.people[static_cast<std::size_t>(k)];
        // (an age goes to a known person only: "Die Bochumer Polizei prüft den Brief. Der 58-Jährige habe ...")
        bool conflict = age && !has_role_noun && !p.personal;
        // "the spokeswoman" is not the man mentioned last, "le ministre" not the woman.
        conflict = conflict || (mention_gender != 'x' && p.gender != 'x' && p.gender != mention_gender);
        for (const auto& n : nations)
            conflict = conflict || (!p.nations.empty() && !matches(p.nations, n));
        if (conflict)
            continue;
        int score = 0;
        for (const auto& r : roles)
            score += 2 * static_cast<int>(matches(p.roles, r));
        for (const auto& n : nations)
            score += static_cast<int>(matches(p.nations, n));
        if (best < 0 && has_role_word && score == 0) {
            best = k; // the most recent compatible person, unless a better match comes
            continue;
        }
        // A tie goes to a known person over a place or a building described with the same words.
        bool better_kind = score > 0 && score == best_score && best >= 0 && p.personal &&
                           !sp.people[static_cast<std::size_t>(best)].personal;
        if (score > best_score || better_kind) {
            best = k;
            best_score = score;
        }
    }
    if (best >= 0) {
        if (mention_gender != 'x' && sp.people[static_cast<std::size_t>(best)].gender == 'x')
            sp.people[static_cast<std::size_t>(best)].gender = mention_gender;
        sp.describe(best, words);
        sp.mentioned(pos, best);
        return sp.people[static_cast<std::size_t>(best)].name;
    }
    if (age)
        return span_text(s, ws, *age, *age);
    // An organisation named by a capitalised noun phrase ("The New York Post", "Die Polizei" stays null).
    for (std::size_t k = first; k <= last; ++k)
        if (!ws[k].punct && ws[k].upper && !sp.stopword(ws[k].low) && k > first)
            return span_text(s, ws, k, last);
    return std::nullopt;
}

bool Extractor::stop_word(std::string_view w) const {
    return in_list(sp.lexs, "mention_stops", w);
}

bool Extractor::opens_with_name(const std::vector<Word>& ws, std::size_t first, std::size_t last) const {
    std::vector<Word> sub(ws.begin() + static_cast<std::ptrdiff_t>(first),
                          ws.begin() + static_cast<std::ptrdiff_t>(last + 1));
    auto names = names_in(sub, sp);
    return !names.empty() && names.front().first == 0;
}

bool Extractor::capitalised_nouns_here() const {
    return sp.capitalised_nouns;
}

std::optional<std::pair<std::size_t, std::size_t>> Extractor::mention_after(const std::vector<Word>& ws,
                                                                          std::size_t k) {
    while (k < ws.size() && !ws[k].punct && in_list(sp.lexs, "cue_adverbs", ws[k].low))
        ++k;
    // "lamenta, por su parte, Iris Vega", "said, however, Jane Doe": a short lower-case insert.
    if (k + 2 < ws.size() && ws[k].low == ",") {
        std::size_t j = k + 1;
        while (j < ws.size() && j <= k + 4 && !ws[j].punct && !ws[j].upper)
            ++j;
        if (j > k + 1 && j + 1 < ws.size() && ws[j].low == "," && ws[j + 1].upper)
            k = j + 1;
    }
    // "a déclaré à l'AFP le directeur", "told Reuters": a short complement before the speaker.
    if (k < ws.size() && !ws[k].punct && stop_word(ws[k].low)) {
        const std::size_t first0 = k;
        for (std::size_t j = k + 1; j < ws.size() && j <= k + 3 && !ws[j].punct; ++j)
            if (in_list(sp.lexs, "articles", ws[j].low)) {
                k = j;
                break;
            }
        // "dijo a EFE Lucía Gómez", "ha dichiarato a Repubblica Giulia Rossi": the outlet, one capitalised
        // word, then a name of two words or more.
        if (k == first0 && k + 3 < ws.size() && ws[k + 1].upper && !ws[k + 1].punct && ws[k + 2].upper &&
            !ws[k + 2].punct && ws[k + 3].upper && !ws[k + 3].punct)
            k += 2;
    }
    std::size_t first = k, last = k;
    if (k >= ws.size() || ws[k].punct)
        return std::nullopt;
    // "“Q” suggests that Dunmore ...", "„Q“ zeigt, dass ...": the verb opens a clause of what is said, no speaker.
    if (in_list(sp.lexs, "that", ws[k].low))
        return std::nullopt;
    for (; k < ws.size(); ++k) {
        const Word& w = ws[k];
        if (w.punct) {
            // An apposition: ", Sergueï Lavrov" closes the description with the name.
            if (w.low == "," && k + 2 < ws.size() && ws[k + 1].upper && !ws[k + 1].punct &&
                !sp.stopword(ws[k + 1].low)) {
                std::size_t e = k + 1;
                while (e + 1 < ws.size() && !ws[e + 1].punct && (ws[e + 1].upper || particle(ws[e + 1].low)))
                    ++e;
                bool name_ends = e + 1 >= ws.size() || ws[e + 1].punct;
                if (e > k + 1 && name_ends)
                    return std::make_pair(first, e);
            }
            break;
        }
        // "sagte Ursula von der Leyen", "said Jan van den Berg": particles after a name and before one last
        // capitalised word are the name's, although "der", "den", "de" stop a mention elsewhere (but "Anna
        // Muster von der Hafenbehörde", "Jean Roux de la CGT" name a body after the particles).
        if (k > first && stop_word(w.low) && particle(w.low) && (ws[k - 1].upper || particle(ws[k - 1].low))) {
            std::size_t j = k;
            while (j < ws.size() && j < k + 3 && !ws[j].punct && particle(ws[j].low))
                ++j;
            bool surname = j < ws.size() && !ws[j].punct && ws[j].upper && !sp.stopword(ws[j].low) &&
                           (j + 1 >= ws.size() || ws[j + 1].punct || !ws[j + 1].upper) && !common_noun(ws[j].low, sp) &&
                           !title_noun(ws[j].low, sp) && !role_noun(ws[j].low, sp);
            if (surname && !ws[j].acronym) {
                last = k = j;
                continue;
            }
        }
        // "so Jan Roth von der GVD": the organisation the speaker is named with.
        if (k > first && ws[k - 1].upper) {
            if (std::size_t e = affiliation_end(ws, k, sp); e != 0) {
                last = k = e - 1;
                continue;
            }
        }
        // "according to the Department of Wildlife Care", "teilte das Ministerium für Umwelt mit": a body's noun
        // keeps what the body is of.
        if (k > first && ws[k - 1].upper && in_list(sp.lexs, "body_link_words", w.low) &&
            in_list(sp.lexs, "body_words", ws[k - 1].low)) {
            std::size_t j = k + 1;
            while (j < ws.size() && !ws[j].punct && !ws[j].upper && in_list(sp.lexs, "articles", ws[j].low))
                ++j;
            if (j < ws.size() && !ws[j].punct && ws[j].upper) {
                last = k = j;
                continue;
            }
        }
        if (k > first && stop_word(w.low))
            break;
        // German capitalises the nouns of the mention: a lower-case word that is no function word is the
        // verb of the next clause ("Nach Angaben der Staatsanwaltschaft Krefeld ging die Polizei").
        if (k > first && sp.capitalised_nouns && !w.upper && !sp.stopword(w.low) && !particle(w.low) &&
            !in_list(sp.lexs, "articles", w.low) && !in_list(sp.lexs, "nationality_words", w.low) && !adjective_like(w.low))
            break;
        if (k - first >= 10)
            return std::nullopt;
        last = k;
    }
    return std::make_pair(first, last);
}

bool Extractor::adjective_like(std::string_view w) {
    for (std::string_view end : {"e", "en", "er", "es", "em"})
        if (ends_after(w, end, 3))
            return true;
    return false;
}

bool Extractor::adverb(std::string_view w) const {
    for (const Lexicon* lex : sp.lexs)
        for (const auto& end : entries_of(lex, "adverb_ending_words"))
            if (ends_after(w, end, 3))
                return true;
    return false;
}

bool Extractor::clause_break(std::string_view p) {
    return p == "." || p == "!" || p == "?" || p == ";" || p == ":" || p == "\"" || p == "“" || p == "”" ||
           p == "«" || p == "»" || p == "„" || p == "(" || p == ")";
}

std::optional<std::pair<std::size_t, std::size_t>> Extractor::mention_before(const std::vector<Word>& ws,
                                                                           std::size_t cue) {
    if (cue == 0)
        return std::nullopt;
    std::size_t last = cue - 1;
    while (last > 0 && !ws[last].punct && in_list(sp.lexs, "clitics", ws[last].low))
        --last;
    if (ws[last].low == ")") {
        std::size_t o = last;
        while (o > 0 && ws[o].low != "(" && last - o < 6)
            --o;
        if (ws[o].low == "(" && o > 0)
            last = o - 1;
    }
    // "Ann Roe, the head of the trust, firmly told": an adverb between the apposition and the verb.
    if (last >= 3 && !ws[last].punct && ws[last - 1].low == "," && adverb(ws[last].low))
        --last;
    // "Lena Gruber, a 29-year-old nurse who grew up here, said": the name before the apposition.
    if (ws[last].low == "," && last >= 2) {
        std::size_t c = last - 1;
        while (c > 0 && ws[c].low != "," && !(ws[c].punct && ws[c].low != ",") && last - c < 14)
            --c;
        if (ws[c].low == "," && c >= 1 && ws[c - 1].upper && !ws[c - 1].punct) {
            std::size_t f = c - 1;
            while (f > 0 && ws[f - 1].upper && !ws[f - 1].punct)
                --f;
            if (f == 0 || ws[f - 1].punct)
                return std::make_pair(f, last - 1);
        }
        // "Der Sprecher des Programms, Tomson Phiri, teilte mit": a name set off by commas after the
        // description that opens the clause.
        bool name_between = ws[c].low == "," && last - c >= 3 && last - c <= 5;
        for (std::size_t j = c + 1; name_between && j < last; ++j)
            name_between = !ws[j].punct && (ws[j].upper || particle(ws[j].low));
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
                if (!names_in(head, sp).empty())
                    return std::make_pair(g, e - 1);
            }
        }
        return std::nullopt;
    }
    if (ws[last].punct)
        return std::nullopt;
    // "Die CCE bestätigte die Zahl nicht und nannte", "Trump skipped the event and said": the subject
    // of a coordinated verb opens the clause.
    if (in_list(sp.lexs, "sentence_openers", ws[last].low) && last > 0) {
        std::size_t c = last;
        while (c > 0 && !ws[c - 1].punct && last - c < 25)
            --c;
        if (c == 0 || ws[c - 1].punct) {
            std::size_t f = c;
            while (f < last && in_list(sp.lexs, "sentence_openers", ws[f].low))
                ++f;
            char g = 'x';
            if (sp.pronoun(ws[f].low, g))
                return std::make_pair(f, f);
            std::size_t e = f;
            while (e < last && (in_list(sp.lexs, "articles", ws[e].low) || sp.stopword(ws[e].low)) && !ws[e].upper)
                ++e;
            if (e == f && e < last && in_list(sp.lexs, "articles", ws[e].low))
                ++e; // "Die CCE": a capitalised article
            std::size_t n = e;
            while (n < last && ws[n].upper && !ws[n].punct && !(sp.capitalised_nouns && common_noun(ws[n].low, sp)))
                ++n;
            if (n > e)
                return std::make_pair(f, n - 1);
        }
        return std::nullopt;
    }
    std::size_t first = last;
    // "... pretoriana y el jurista Carlos Nino llamó": a conjunction bounds the subject like a comma, and so
    // does the word opening a subordinate clause ("an explosion that Mayor Jane Doe described as").
    auto bound = [this](std::string_view w) {
        return in_list(sp.lexs, "sentence_openers", w) || in_list(sp.lexs, "that", w);
    };
    while (first > 0 && !ws[first - 1].punct && last - first < 8 && !bound(ws[first - 1].low))
        --first;
    if (first > 0 && !ws[first - 1].punct && !bound(ws[first - 1].low))
        return std::nullopt; // too long to be a subject
    // "Gingrich cynically dismissed", "Ham also noted": an adverb before the verb is not the subject.
    while (last > first && !ws[last].upper && (in_list(sp.lexs, "cue_adverbs", ws[last].low) || adverb(ws[last].low)))
        --last;
    // "... when he said", "and he urged": the subject follows the last conjunction of the span.
    for (std::size_t j = last; j > first; --j)
        if (in_list(sp.lexs, "sentence_openers", ws[j - 1].low)) {
            first = j;
            break;
        }
    while (first < last && in_list(sp.lexs, "sentence_openers", ws[first].low))
        ++first;
    // "despite admitting": no subject at all.
    bool content = false;
    for (std::size_t j = first; j <= last; ++j) {
        char g = 'x';
        content = content || sp.pronoun(ws[j].low, g) ||
                  (!sp.stopword(ws[j].low) && !in_list(sp.lexs, "sentence_openers", ws[j].low));
    }
    if (!content)
        return std::nullopt;
    // "The chairman of the hoteliers' association, Josef Brandner, called": a name keeps its apposition.
    bool is_name = ws[first].upper && ws[last].upper && last > first;
    if (is_name && first >= 2 && ws[first - 1].low == ",") {
        std::size_t f = first - 1;
        while (f > 0 && !ws[f - 1].punct && first - f < 12)
            --f;
        if ((f == 0 || ws[f - 1].punct) && first - 1 > f)
            first = f;
    }
    return std::make_pair(first, last);
}

std::optional<Extractor::According> Extractor::according(const std::vector<Word>& ws, std::size_t from,
                                                          std::size_t to) {
    // Only a word tagged as the first of an "according" phrase opens one: the sections are read for it alone.
    const WordTags& tags = word_tags(sp.lexs);
    for (std::size_t k = from; k < to && k < ws.size(); ++k) {
        if (ws[k].punct || !(tags.of(ws[k]) & WordTags::according))
            continue;
        for (const Lexicon* lex : sp.lexs) {
            const LexiconSection* sec = section_of(lex, "according");
            if (sec == nullptr)
                continue;
            for (const auto& [phrase, parts] : sec->phrases_from(ws[k].low)) {
                std::size_t j = k;
                bool match = true;
                for (auto part : parts) {
                    if (j >= ws.size() || ws[j].low != part) {
                        match = false;
                        break;
                    }
                    ++j;
                }
                if (!match || parts.empty() || phrase == "wie")
                    continue;
                if (phrase == "zufolge") {
                    if (auto m = mention_before(ws, k))
                        return According{k, k, m->first, m->second};
                    continue;
                }
                // German needs no comma: "Laut Finanzvorsteher Beat Zaugg kann die Gemeinde ..."
                std::size_t r = j;
                while (r < ws.size() && ws[r].upper && !ws[r].punct)
                    ++r;
                if (capitalised_nouns_here() && r > j && r < ws.size() && !ws[r].upper)
                    return According{k, j - 1, j, r - 1};
                // "Selon lui, ...", "Según la bióloga Carmen Ledesma, de la Universidad de Bravío, la ..."
                std::size_t c = j;
                while (c < ws.size() && !ws[c].punct && c - j < 10)
                    ++c;
                if (c < ws.size() && ws[c].low == "," && c > j) {
                    std::size_t e = c - 1;
                    std::size_t c2 = c + 1;
                    while (c2 < ws.size() && !ws[c2].punct && c2 - c < 7)
                        ++c2;
                    if (c + 1 < ws.size() && particle(ws[c + 1].low) && c2 < ws.size() && ws[c2].low == ",")
                        e = c2 - 1;
                    return According{k, j - 1, j, e};
                }
                if (auto m = mention_after(ws, j))
                    return According{k, j - 1, m->first, m->second};
            }
        }
    }
    return std::nullopt;
}

std::optional<std::string> Extractor::noun_group(const std::string& mention) const {
    std::vector<std::string_view> kept;
    for (auto w : text::split_ws(mention)) {
        std::string low = text::lower(w);
        char g = 'x';
        if (kept.empty() && (sp.stopword(low) || in_list(sp.lexs, "articles", low)))
            continue;
        std::size_t i = 0;
        if (!text::is_upper(text::next_cp(w, i)) || sp.pronoun(low, g) || sp.stopword(low))
            return std::nullopt;
        kept.push_back(w);
    }
    if (kept.empty() || kept.size() > 3)
        return std::nullopt;
    return std::string(kept.front().data(), static_cast<std::size_t>(kept.back().data() + kept.back().size() - kept.front().data()));
}

void Extractor::add(Quote q, std::optional<std::string> speaker) {
    if (!speaker && q.mention && sp.capitalised_nouns)
        speaker = noun_group(*q.mention);
    q.speaker = speaker;
    if (speaker && q.cue) {
        int k = sp.find_person(*speaker);
        if (k >= 0 && sp.people[static_cast<std::size_t>(k)].name == *speaker)
            sp.people[static_cast<std::size_t>(k)].personal = true;
    }
    if (speaker)
        last_speaker = speaker;
    if (q.cue && q.where == Where::body) {
        cue_section = q.section;
        cue_paragraph = q.paragraph;
    }
    quotes.push_back(std::move(q));
}

} // namespace archive::quoting
