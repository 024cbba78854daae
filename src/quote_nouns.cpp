// The nouns that tell a person's name from the words around it in a sentence: role, title and common nouns (their
// endings read as trees), name particles, and the agreement of description words (same_word, owner_roles); the
// entries of a word list (entries_of) for the other parts. The runs of a sentence read as names with them are in
// quote_name_spans.cpp.
#include "quote_inner_particles.hpp"
#include "quote_nouns.hpp"
#include "quote_word_tags.hpp"

#include "text.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace archive::quoting {

// The entries of a section, empty when the language has none; through section_of's cache.
std::span<const std::string_view> entries_of(const Lexicon* lex, std::string_view name) {
    const LexiconSection* sec = section_of(lex, name);
    return sec == nullptr ? std::span<const std::string_view>{} : sec->entries;
}

bool ends_with_entry(std::string_view w, const std::vector<const Lexicon*>& lexs, std::string_view name,
                     std::size_t more) {
    for (const Lexicon* lex : lexs)
        for (const auto& end : entries_of(lex, name))
            if (ends_after(w, end, more))
                return true;
    return false;
}

// Role and nationality words agree across gender and number: "américain" / "américaine", "russe" / "russes",
// but a compound is another word: "Gemeinde" is not "Gemeindepräsidentin".
bool same_word(std::string_view a, std::string_view b) {
    const std::string_view shorter = a.size() <= b.size() ? a : b;
    const std::string_view longer = a.size() <= b.size() ? b : a;
    if (shorter == longer)
        return true;
    return text::length_cp(shorter) >= 4 && longer.size() - shorter.size() <= 3 &&
           longer.compare(0, shorter.size(), shorter) == 0;
}

namespace {

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
            // ("SP-Politikerin", "EU-Kommissarin": a short prefix joined by a hyphen opens a compound too)
            if (nodes[at].whole && ((whole && d == n) || d + more < n || (d + more == n && w[n - d - 1] == '-')))
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

// The ends of a section's entries (EndPairs), built the first time a thread asks for them: listed_noun() where nouns
// are capitalised reads a word's compound ends only when they may end an entry (most words are turned away there).
struct SectionEnds {
    const LexiconSection* sec = nullptr;
    EndPairs ends;
};
const EndPairs& section_ends(const LexiconSection* sec) {
    thread_local std::vector<std::unique_ptr<SectionEnds>> built;
    for (const auto& e : built)
        if (e->sec == sec)
            return e->ends;
    auto e = std::make_unique<SectionEnds>();
    e->sec = sec;
    for (const auto& w : sec->entries)
        e->ends.add(w);
    built.push_back(std::move(e));
    return built.back()->ends;
}

} // namespace

std::size_t matches(const std::vector<std::string>& words, const std::string& w) {
    std::size_t n = 0;
    // ("l'avvocata" after "all'avvocata Sara Conti", "dell'assessora": the noun after an elided article or
    // preposition, whichever it is)
    const std::string_view bare = after_elided_prefix(w);
    for (const auto& x : words)
        n += same_word(x, w) || (bare.size() != w.size() && same_word(after_elided_prefix(x), bare));
    return n > 0 ? 1 : 0;
}

std::size_t compound_matches(const std::vector<std::string>& words, const std::string& w) {
    for (const auto& x : words)
        for (std::size_t at = 3; at + 4 <= x.size(); ++at)
            if (same_word(std::string_view(x).substr(at), w))
                return 1;
    return 0;
}

std::string_view after_elided_prefix(std::string_view w) {
    if (const std::size_t at = w.rfind('\''); at != std::string_view::npos && at <= 4)
        return w.substr(at + 1);
    if (const std::size_t at = w.rfind("\xE2\x80\x99"); at != std::string_view::npos && at <= 4)
        return w.substr(at + 3);
    return w;
}

std::size_t synonym_matches(const std::vector<std::string>& words, std::string_view w,
                            const std::vector<const Lexicon*>& lexs) {
    for (const Lexicon* lex : lexs) {
        const LexiconSection* sec = section_of(lex, "role_synonyms");
        if (sec == nullptr)
            continue;
        for (const auto& group : sec->phrases()) {
            if (std::find(group.begin(), group.end(), w) == group.end())
                continue;
            // ("dell'allenatore ospite", "l’entraîneur": the role after an elided article or preposition)
            for (const auto& x : words)
                if (std::find(group.begin(), group.end(), after_elided_prefix(x)) != group.end())
                    return 1;
        }
    }
    return 0;
}

std::vector<std::string_view> role_fields(const std::vector<std::string_view>& words, const Speakers& sp) {
    std::vector<std::string_view> out;
    // (most descriptions have no link: a tag look-up per word turns them away before any role look-up)
    const auto link = std::find_if(words.begin(), words.end(),
                                   [&sp](std::string_view w) { return has_tag(sp.lexs, WordTags::complement, w); });
    if (link == words.end() || link + 1 == words.end() ||
        !std::any_of(words.begin(), link, [&sp](std::string_view w) {
            return w.size() >= 3 && !sp.stopword(w) && role_noun(w, sp);
        }))
        return out;
    for (auto it = link + 1; it != words.end(); ++it) {
        const std::string_view w = after_elided_prefix(*it);
        // ("la portavoz del PP", "la capogruppo del Pd", "la présidente du groupe RN": a party's two letters are
        // what the role is of too; a small word of two letters, "en", "in", "on", is not)
        if (w.size() < 2 || (w.size() < 3 && sp.stopword(w)) ||
            has_tag(sp.lexs, WordTags::complement | WordTags::article, w) ||
            in_list(sp.lexs, "field_anaphor_words", w))
            continue;
        out.push_back(w);
    }
    return out;
}

bool other_field(const Person& p, const std::vector<std::string_view>& fields) {
    if (p.fields.empty() || fields.empty())
        return false;
    return std::none_of(fields.begin(), fields.end(), [&p](std::string_view f) {
        auto same = [f](const std::string& x) { return same_word(x, f); };
        return std::any_of(p.fields.begin(), p.fields.end(), same) || std::any_of(p.roles.begin(), p.roles.end(), same);
    });
}

std::vector<std::string_view> owner_roles(const std::vector<std::string_view>& words, const Speakers& sp) {
    std::vector<std::string_view> out;
    auto role = [&sp](std::string_view w) { return w.size() >= 3 && !sp.stopword(w) && role_noun(w, sp); };
    bool head = false;
    std::string_view link; // the word opening the complement, once read
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string_view w = words[i];
        // "the minister's spokesman", "the mayor’s aide": a role in the genitive before the speaker's own role
        for (std::string_view poss : {"'s", "’s"})
            if (!head && i + 1 < words.size() && ends_after(w, poss, 2) && role(w.substr(0, w.size() - poss.size())))
                out.push_back(w.substr(0, w.size() - poss.size()));
        if (!link.empty()) {
            // One person, not a group it belongs to ("the leader of the Democrats", "le chef des socialistes",
            // "der Chef der Sozialdemokraten"): a plural ends with -s outside German; German writes a man's role
            // in the genitive singular after "des" with -s ("des Ministers") and a woman's with -in after "der".
            if (sp.capitalised_nouns) {
                const bool genitive_s = link != "der" && w.size() > 4 && w.back() == 's' && role(w.substr(0, w.size() - 1));
                if (genitive_s)
                    out.push_back(w.substr(0, w.size() - 1));
                else if (role(w) && (link != "der" || ends_after(w, "in", 4)))
                    out.push_back(w);
            } else if (role(w) && w.back() != 's') {
                out.push_back(w);
            }
        } else if (head) {
            // ("des", "der" after a German noun open its genitive: "der Sprecher der Ministerin")
            if (has_tag(sp.lexs, WordTags::complement, w) ||
                (sp.capitalised_nouns && has_tag(sp.lexs, WordTags::article, w)))
                link = w;
        } else {
            head = role(w);
        }
    }
    return head ? out : std::vector<std::string_view>{};
}

bool owner_described(const Person& p, const std::vector<std::string_view>& words,
                     const std::vector<std::string_view>& owners, const Speakers& sp) {
    auto agrees = [&p, &sp](std::string_view w) {
        const std::string word(w);
        return matches(p.roles, word) != 0 || (sp.capitalised_nouns && compound_matches(p.roles, word) != 0);
    };
    if (std::none_of(owners.begin(), owners.end(), agrees))
        return false;
    for (std::string_view w : words)
        if (std::find(owners.begin(), owners.end(), w) == owners.end() && w.size() >= 3 && !sp.stopword(w) &&
            role_noun(w, sp) && agrees(w))
            return false; // ("Jan Kurz, Sprecher des Ministers" is met again as "der Sprecher des Ministers")
    return true;
}

bool particle(std::string_view w) {
    // (the bylines' name_particle() reads [name_particle_words] too)
    static const LexiconSection* particles = common_lexicon().section("name_particle_words"); // (looked up once)
    static const LexiconSection* text_only = common_lexicon().section("running_text_particle_words");
    return w.size() >= 2 && w.size() <= 3 &&
           ((particles != nullptr && particles->has(w)) || (text_only != nullptr && text_only->has(w)));
}

bool page_particle(std::string_view w, const Speakers& sp) {
    // (a page of no known language asks every lexicon, where German's "das" is an article: the common list alone)
    return particle(w) || (sp.lexs.size() == 1 && w.size() >= 2 && w.size() <= 3 &&
                           in_list(sp.lexs, "language_name_particle_words", w));
}

bool particle_after(std::string_view before, std::string_view w) {
    return particle(w) || (before == "de" && (w == "los" || w == "las"));
}

bool role_noun(std::string_view w, const Speakers& sp) {
    // "L'avocate", "l'assessore": an article elided with a straight apostrophe is two bytes, too short to be read as
    // the start of a compound ("l’avocate" with U+2019 is four): the noun after it is asked.
    w = after_elision(w);
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

bool role_place_link(const std::vector<Word>& ws, std::size_t p, const Speakers& sp) {
    if (p < 1 || p >= ws.size() || ws[p].punct || ws[p - 1].punct || !in_list(sp.lexs, "role_place_words", ws[p].low))
        return false;
    return role_noun(ws[p - 1].low, sp) ||
           (p >= 2 && !ws[p - 1].upper && !ws[p - 2].punct && role_noun(ws[p - 2].low, sp));
}

bool title_noun(std::string_view w, const Speakers& sp) {
    return listed_noun(w, "title_words", sp);
}

bool listed_noun(std::string_view w, std::string_view section, const Speakers& sp) {
    for (const Lexicon* lex : sp.lexs) {
        const LexiconSection* sec = section_of(lex, section);
        if (sec == nullptr)
            continue;
        // (where nouns are written in lower case only the word itself is asked: one look-up in the section's set, not
        // a walk of its entries)
        if (!sp.capitalised_nouns) {
            if (sec->has(w))
                return true;
            continue;
        }
        // (every entry w is or ends with has w's last two and three bytes)
        if (!section_ends(sec).may_end(w))
            continue;
        for (const auto& t : sec->entries)
            if (w == t || ends_after(w, t, 2))
                return true;
    }
    return false;
}

bool common_noun(std::string_view w, const Speakers& sp) {
    for (const Lexicon* lex : sp.lexs) {
        if (endings_of(lex).noun_endings.ends_with_entry(w, 2, false))
            return true;
    }
    return false;
}

bool anyone_noun(std::string_view w, const Speakers& sp) {
    return in_list(sp.lexs, "generic_person_words", w);
}

PartyRole party_role(std::string_view w, const Speakers& sp) {
    const std::size_t h = w.find('-');
    if (h < 2 || h > 12 || h + 4 > w.size() || w.find('-', h + 1) != std::string_view::npos)
        return {};
    const std::string_view role = w.substr(h + 1);
    if (!role_noun(role, sp))
        return {};
    return {w.substr(0, h), role};
}

int party_of(const Person& p, const PartyRole& pr) {
    int found = 0;
    for (const std::string& x : p.roles) {
        const std::size_t h = x.find('-');
        if (h == std::string::npos) {
            if (same_word(x, pr.party))
                found = 1;
            continue;
        }
        const std::string_view party = std::string_view(x).substr(0, h);
        if (same_word(party, pr.party))
            found = 1;
        else if (same_word(std::string_view(x).substr(h + 1), pr.role))
            return -1;
    }
    return found;
}

bool feminine_person_noun(std::string_view w, const Speakers& sp) {
    // (most words are turned away by their last two bytes before the list is read)
    if (!sp.capitalised_nouns || w.size() < 7 || w.compare(w.size() - 2, 2, "in") != 0)
        return false;
    for (const Lexicon* lex : sp.lexs)
        for (const auto& e : entries_of(lex, "feminine_person_ending_words"))
            if (ends_after(w, e, 2))
                return true;
    return false;
}

bool gender_forms_apart(std::string_view a, std::string_view b, const Speakers& sp) {
    // (the feminine with its ending taken off ends with the masculine, or the other way round, a compound either:
    // "spd-politikerin" / "politiker", "sprecherin" / "pressesprecher"; not two feminines nor two masculines)
    auto apart = [](std::string_view fem, std::string_view masc, std::string_view end) {
        if (!fem.ends_with(end) || fem.size() < end.size() + 4 || masc.size() < 4)
            return false;
        const std::string_view stem = fem.substr(0, fem.size() - end.size());
        return stem.ends_with(masc) || masc.ends_with(stem);
    };
    for (const Lexicon* lex : sp.lexs)
        for (const std::string_view end : entries_of(lex, "feminine_form_suffix_words"))
            if (apart(a, b, end) || apart(b, a, end))
                return true;
    return false;
}

bool counted_word(std::string_view low, const Speakers& sp) {
    // (a figure, digits and their separators only: "die 27-jährige Lolly" is an age, and the name after it a person's)
    if (!low.empty() && text::is_digit(static_cast<unsigned char>(low.front())))
        return std::all_of(low.begin(), low.end(), [](char c) {
            return text::is_digit(static_cast<unsigned char>(c)) || c == '.' || c == ',';
        });
    return !low.empty() && (in_list(sp.lexs, "cardinal_words", low) || in_list(sp.lexs, "quantifier_words", low));
}

bool zu_opens_told(const std::vector<Word>& ws, std::size_t z, bool after_two_words, const Speakers& sp) {
    return sp.capitalised_nouns && z > 0 && ws[z].low == "zu" &&
           (after_two_words || sp.find_by_last_name(ws[z - 1].low) >= 0);
}

} // namespace archive::quoting
