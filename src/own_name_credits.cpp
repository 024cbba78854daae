// The page's own name as a picture's credit (own_name_credits.hpp).
#include "own_name_credits.hpp"

#include "agency_signatures.hpp"
#include "credits_parts.hpp"
#include "headline.hpp"

#include "lexicon.hpp"
#include "page.hpp"
#include "text.hpp"
#include "text_find.hpp"

#include <algorithm>
#include <cstring>

namespace archive {

std::string own_name_key(std::string_view name) {
    std::string key;
    for (char c : text::lower(name)) {
        const auto u = static_cast<unsigned char>(c);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80)
            key.push_back(c);
    }
    return key;
}

namespace {

void add_key(std::vector<std::string>& keys, std::string_view name) {
    const std::size_t fewest_bytes = 2;
    std::string key = own_name_key(name);
    if (key.size() >= fewest_bytes && std::find(keys.begin(), keys.end(), key) == keys.end())
        keys.push_back(std::move(key));
}

// "https://www.ouest-france.fr/bretagne/...", "www.letemps.ch", "letemps.ch", "The Wayback Machine -
// https://web.archive.org/web/20260314/https://www.example.co.uk/...": the name of the site the line's last address
// leads to, the label before its last dot ("ouest-france", "letemps"), or empty.
std::string_view site_of_address(std::string_view line) {
    std::string_view host;
    if (const std::size_t scheme = text::rfind_mark(line, "://"); scheme != std::string_view::npos) {
        host = line.substr(scheme + 3);
    } else if (line.find(' ') == std::string_view::npos && line.find('@') == std::string_view::npos) {
        host = line; // ("www.letemps.ch", "letemps.ch": a domain alone on its line)
    } else {
        return {};
    }
    host = host.substr(0, host.find_first_of("/ ?#:"));
    const std::size_t last_dot = host.rfind('.');
    if (last_dot == std::string_view::npos || last_dot == 0)
        return {};
    // (The top-level part is a few letters: "fr", "ch", "com"; no figures, as a version or an amount has them.)
    const std::string_view top = host.substr(last_dot + 1);
    if (top.size() < 2 || top.size() > 6 ||
        !std::all_of(top.begin(), top.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }))
        return {};
    std::string_view rest = host.substr(0, last_dot);
    std::string_view name = rest.substr(rest.rfind('.') == std::string_view::npos ? 0 : rest.rfind('.') + 1);
    // ("bbc.co.uk", "abc.net.au": a part of two or three letters before a country's two is no site's name.)
    if (top.size() == 2 && name.size() <= 3 && name.size() < rest.size()) {
        rest = rest.substr(0, rest.size() - name.size() - 1);
        name = rest.substr(rest.rfind('.') == std::string_view::npos ? 0 : rest.rfind('.') + 1);
    }
    return name;
}

// "© 2026 Le Temps", "Copyright © 2020-2026 Ouest-France. Tous droits réservés": the name after the copyright sign
// and its years, up to a stop, a comma or a bar; empty when there is none of seven words at most ("© La Voix du Val
// Vert 2026": a paper's name of six words, the year after it).
std::string_view copyright_name(std::string_view line) {
    const std::size_t most_words = 7;
    std::size_t at = 0;
    for (std::string_view sign : {"Copyright ", "copyright "})
        if (line.starts_with(sign))
            at = sign.size();
    std::string_view rest = line.substr(at);
    if (rest.starts_with("\u00a9"))
        rest.remove_prefix(2);
    else if (rest.starts_with("(c)") || rest.starts_with("(C)"))
        rest.remove_prefix(3);
    else if (at == 0)
        return {};
    rest = text::trim(rest);
    while (!rest.empty() &&
           ((rest.front() >= '0' && rest.front() <= '9') || rest.front() == '-' || rest.front() == ' '))
        rest.remove_prefix(1);
    rest = text::trim(rest.substr(0, rest.find_first_of(".,|")));
    if (rest.empty() || !text::starts_upper(rest) || text::split_ws(rest).size() > most_words)
        return {};
    return rest;
}

bool has_key(const std::vector<std::string>& keys, std::string_view piece) {
    const std::string key = own_name_key(piece);
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// "Karin Hofer", "N. Liponne", "Illustration", "Kees van de Veen": a piece of a credit beside the site's name, one to
// four words, the first and the last capitalised, no figure.
bool credit_name_piece(std::string_view piece) {
    const std::size_t most_words = 4;
    const auto words = text::split_ws(piece);
    if (words.empty() || words.size() > most_words || !text::starts_upper(words.front()) ||
        !text::starts_upper(words.back()))
        return false;
    return std::none_of(piece.begin(), piece.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The stop at line[k] closes an initial ("N. Liponne", "J.-P. Roux"): one capital after a space, a hyphen, a stop
// or the line's start.
bool closes_initial(std::string_view line, std::size_t k) {
    if (k == 0 || !(line[k - 1] >= 'A' && line[k - 1] <= 'Z'))
        return false;
    return k == 1 || line[k - 2] == ' ' || line[k - 2] == '-' || line[k - 2] == '.';
}

// "Harbour Post · About · Contact", "Rheinufer Bote" / "Impressum · Kontakt": among the last lines (past the first
// twelve, or the last third of a shorter page: a short page's first lines are its head's, "Tours / Blois / Orléans /
// Faits divers - Justice / Blois / <headline>" prints a menu's place again as the kicker), the masthead printed bare,
// without a copyright sign, alone on its line or before the first of the footer's separators ("·", "|", "•"); a name of
// one to four capitalised words (small words joining them, masthead_joining_word()), no figure or stop, no link of the
// footer's ("Impressum", "About": a menu prints them at the top too), printed alone on a line among the page's first
// `top_lines` too. (A title printed again under the text, "Council votes to close the old baths", is longer and not
// capitalised so; "Storm Hits Coast" in a list of the most read titles stands among other titles, no footer's links.)
// On a `short_page`, where the footer is read among the first twelve lines, the copy at the top must open the page's
// head, as a masthead does: the page's first line or one under furniture (a menu's tool, "Menü", "Suche", lexicon
// section menu_tool_labels, or a date), not under another short line of the menu ("Le Courrier du Lac / Actualité /
// <headline> / ... / Actualité · Mentions légales": the menu's item printed again in the footer). Empty for other
// lines.
std::string_view bare_footer_name(const std::vector<Block>& blocks, std::size_t k, std::size_t top_lines,
                                  bool short_page) {
    const std::size_t most_words = 4;
    std::string_view line = text::trim(blocks[k].text);
    if (k < top_lines || blocks[k].digits > 0 || blocks[k].urls > 0 || blocks[k].end_punct)
        return {};
    const std::size_t whole = line.size();
    for (std::string_view mark : {" \u00b7 ", " | ", " \u2022 "})
        if (const std::size_t at = line.find(mark); at != std::string_view::npos)
            line = text::trim(line.substr(0, at));
    // (Alone on its line, it stands by the footer's links: a line of them next to it, or a known footer's word,
    // "Impressum", "Privacy". A list of the most read titles under the text prints a short title alone between
    // other titles.)
    auto links = [&](std::size_t j) {
        return j < blocks.size() && (blocks[j].separators > 0 || blocks[j].boilerplate);
    };
    if (line.size() == whole && !links(k - 1) && !links(k + 1))
        return {};
    const auto words = text::split_ws(line, most_words + 1);
    if (words.empty() || words.size() > most_words || !text::starts_upper(words.front()) ||
        !text::starts_upper(words.back()) || line.find_first_of(".!?:;,/|()") != std::string_view::npos ||
        !std::all_of(words.begin(), words.end(), [](std::string_view w) {
            return text::starts_upper(w) || masthead_joining_word(text::lower(w));
        }) ||
        is_boilerplate_phrase(line))
        return {};
    static const LexiconSection& tools = any_language_section("menu_tool_labels"); // (merged once)
    auto opens_head = [&](std::size_t j) {
        const Block& above = blocks[j - 1];
        return above.boilerplate || above.end_punct || above.digits > 0 || above.urls > 0 ||
               tools.has(text::trim(above.lower));
    };
    for (std::size_t j = 0; j < top_lines && j < k; ++j)
        if (text::trim(blocks[j].text) == line && (!short_page || j == 0 || opens_head(j)))
            return line;
    return {};
}

} // namespace

OwnNames own_names_of(const Page& p) {
    const std::size_t masthead_lines = 3, address_lines = 12, footer_lines = 15, most_masthead_words = 3;
    const std::vector<Block>& blocks = p.blocks;
    OwnNames names;
    const std::size_t n = blocks.size();
    // (A brief of ten lines prints its footer among the first twelve: a bare name is read in the page's last third
    // there.)
    const std::size_t bare_name_lines = std::min(address_lines, n - n / 3);
    for (std::size_t k = 0; k < n && k < address_lines; ++k) {
        const Block& b = blocks[k];
        if (b.urls > 0 || b.text.find("://") != std::string::npos) {
            add_key(names.addressed, site_of_address(b.text));
            continue;
        }
        // ("NZZ", "20 minutes", "Ouest-France": the masthead, a short line among the page's first, capitalised or
        // opening with the name's figures, no stop, colon or slash.)
        const auto front = static_cast<unsigned char>(b.text.empty() ? ' ' : b.text.front());
        if (k < masthead_lines && b.words <= static_cast<int>(most_masthead_words) && !b.end_punct &&
            (text::starts_upper(b.text) || (front >= '0' && front <= '9')) &&
            std::none_of(b.text.begin(), b.text.end(), [](char c) { return c == ':' || c == '/' || c == '|'; }))
            add_key(names.printed, b.text);
    }
    // ("Copyright", "copyright" sought from its "y", a rarer byte in a paragraph than its "o", at each of which a
    // find() of the word would stop.)
    auto copyright_word = [](std::string_view t) {
        const std::string_view word = "opyright";
        for (std::size_t y = t.find('y', 2); y != std::string_view::npos; y = t.find('y', y + 1))
            if (t.compare(y - 2, word.size(), word) == 0)
                return true;
        return false;
    };
    for (std::size_t k = n > footer_lines ? n - footer_lines : 0; k < n; ++k)
        if (k >= address_lines && (blocks[k].urls > 0 || blocks[k].text.find("://") != std::string::npos))
            add_key(names.addressed, site_of_address(blocks[k].text));
        else if (copyright_word(blocks[k].text) ||
            blocks[k].text.find("\u00a9") != std::string::npos || blocks[k].text.find("(c)") != std::string::npos ||
            blocks[k].text.find("(C)") != std::string::npos)
            add_key(names.addressed, copyright_name(blocks[k].text));
        else if (const std::string_view name = k >= bare_name_lines
                                                   ? bare_footer_name(blocks, k, masthead_lines, k < address_lines)
                                                   : std::string_view();
                 !name.empty())
            add_key(names.addressed, name);
    // "© Libération", "© Le Temps 2026", "Copyright Tages-Anzeiger": a credit line of the paper's own name set in the
    // page's middle (under its own pictures, or between the text and the comments) names the site as its footer does.
    // An agency's or a picture desk's credit ("© Keystone", "© AFP", "© Getty Images": is_credit_word()) names
    // another, "© Keystone/Anna Muster" a photographer with it, "© Kathrin Roe" a photographer alone (a given name
    // the lexicon knows opening it, known_given_name_words), and a paragraph mentioning a copyright none (the line
    // opens with the sign and is short).
    static const LexiconSection* given = common_lexicon().section("known_given_name_words"); // (looked up once)
    const std::size_t middle_end = n > footer_lines ? n - footer_lines : 0;
    const int most_credit_words = 5;
    for (std::size_t k = address_lines; k < middle_end; ++k) {
        const Block& b = blocks[k];
        const auto front = static_cast<unsigned char>(b.text.empty() ? ' ' : b.text.front());
        if ((front != 0xC2 && front != 'C' && front != 'c') || b.words > most_credit_words || b.urls > 0)
            continue;
        const std::string_view name = copyright_name(b.text);
        if (name.empty() || name.find('/') != std::string_view::npos || is_credit_word(text::first_token(name)))
            continue;
        const std::string low = text::lower(name);
        if (!agency_name_line(low).has_value() && !(given != nullptr && given->has(text::first_token(low))))
            add_key(names.addressed, name);
    }
    for (const std::string& key : names.addressed)
        if (std::find(names.printed.begin(), names.printed.end(), key) == names.printed.end())
            names.printed.push_back(key);
    return names;
}

std::vector<std::string> own_names_for_quotes(const OwnNames& names) {
    std::vector<std::string> keys = names.addressed;
    for (const std::string& key : names.printed)
        if (std::any_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
            std::find(keys.begin(), keys.end(), key) == keys.end())
            keys.push_back(key);
    return keys;
}

bool names_own_site(std::string_view line, const OwnNames& names) {
    const std::size_t most_words = 6, fewest_bytes = 3;
    line = text::trim(line);
    if (names.addressed.empty() || line.empty() || !text::starts_upper(line) ||
        line.find_first_of(".!?:/|0123456789") != std::string_view::npos)
        return false;
    // ("La Voix du Val Vert", "Der Bote vom Seetal", "El Heraldo del Valle": a paper's name of up to six words, each
    // capitalised but the small words joining them, masthead_joining_word(), which never close it.)
    const auto words = text::split_ws(line, most_words + 1);
    if (words.size() > most_words || !text::starts_upper(words.back()) ||
        !std::all_of(words.begin(), words.end(), [](std::string_view w) {
            return text::starts_upper(w) || masthead_joining_word(text::lower(w));
        }))
        return false;
    // ("Libération" -> "liberation": a domain writes no accents.)
    auto plain = [](std::string_view name) {
        const auto folded = text::without_accents(name, true);
        return own_name_key(folded ? std::string_view(*folded) : name);
    };
    const std::string key = plain(line);
    if (key.size() < fewest_bytes)
        return false;
    static const LexiconSection& articles = any_language_section("articles"); // (merged once)
    for (const std::string& site : names.addressed) {
        std::string other = plain(site);
        // ("© Vallonnais 2026": the copyright's years after the name.)
        while (!other.empty() && other.back() >= '0' && other.back() <= '9')
            other.pop_back();
        if (other == key)
            return true;
        // ("© 2026 La Lagunare": the article opening the paper's name.)
        if (other.size() > key.size() && other.ends_with(key) &&
            articles.has(std::string_view(other).substr(0, other.size() - key.size())))
            return true;
    }
    return false;
}

bool own_name_credit(std::string_view line, const OwnNames& names) {
    const std::size_t most_words = 8, most_pieces = 4;
    const std::size_t most_bytes = 120;
    line = text::trim(line);
    if (names.empty() || line.empty() || line.size() > most_bytes || line.back() == '.')
        return false;
    std::size_t words = 0;
    for (std::size_t at = 0; !text::next_token(line, at).empty();)
        if (++words > most_words)
            return false;
    std::vector<std::string_view> pieces;
    for (std::size_t from = 0; from <= line.size();) {
        const std::size_t slash = std::min(line.find('/', from), line.size());
        pieces.push_back(text::trim(line.substr(from, slash - from)));
        from = slash + 1;
    }
    if (pieces.size() > most_pieces)
        return false;
    const std::vector<std::string>& keys = pieces.size() == 1 ? names.addressed : names.printed;
    // (The site's name closes the credit, or opens one of two pieces or more: "NZZ / Karin Hofer".)
    std::size_t own = pieces.size();
    if (has_key(keys, pieces.back()))
        own = pieces.size() - 1;
    else if (pieces.size() > 1 && has_key(keys, pieces.front()))
        own = 0;
    if (own == pieces.size())
        return false;
    for (std::size_t k = 0; k < pieces.size(); ++k)
        if (k != own && !credit_name_piece(pieces[k]))
            return false;
    return true;
}

bool credit_shaped_under_caption(const Page& p, std::size_t i) {
    const int fewest_caption_words = 4, most_caption_words = 40, fewest_paragraph_words = 8, most_credit_words = 8;
    const std::size_t masthead_lines = 3;
    const std::vector<Block>& blocks = p.blocks;
    if (i < masthead_lines || i + 1 >= blocks.size())
        return false;
    const Block& caption = blocks[i - 1];
    return p.role[i - 1] == Role::none && !caption.blank_after && caption.end_punct &&
           caption.words >= fewest_caption_words && caption.words <= most_caption_words &&
           blocks[i + 1].words >= fewest_paragraph_words && blocks[i].words <= most_credit_words &&
           !blocks[i].end_punct;
}

bool own_name_credit_under_caption(const Page& p, std::size_t i, const OwnNames& names) {
    return !names.empty() && credit_shaped_under_caption(p, i) && own_name_credit(p.blocks[i].text, names);
}

namespace {

const std::size_t most_closing_credit_bytes = 120;

// The first byte of the last bytes of `line` a credit closing it may take.
std::size_t closing_credit_floor(std::string_view line) {
    return line.size() > most_closing_credit_bytes ? line.size() - most_closing_credit_bytes : 0;
}

} // namespace

bool may_close_with_credit(std::string_view line) {
    if (line.empty() || line.back() == '.')
        return false;
    // (the stops found by memchr, which reads many bytes a step; a stop in the last byte has no space after it)
    const char* const last = line.data() + line.size() - 1;
    for (const char* at = line.data() + closing_credit_floor(line); at < last; ++at) {
        at = static_cast<const char*>(std::memchr(at, '.', static_cast<std::size_t>(last - at)));
        if (at == nullptr)
            return false;
        if (at[1] == ' ')
            return true;
    }
    return false;
}

std::optional<std::pair<std::string, std::string>> own_name_credit_closing(std::string_view line,
                                                                           const OwnNames& names) {
    const std::size_t least_caption_words = 3;
    if (names.empty() || line.empty() || line.back() == '.')
        return std::nullopt;
    const std::size_t floor = closing_credit_floor(line);
    // (The site's name alone needs an address or a copyright naming it; with a photographer's name a slash stands
    // in the credit: most lines have neither and end here.)
    if (names.addressed.empty() && line.find('/', floor) == std::string_view::npos)
        return std::nullopt;
    for (std::size_t at = text::rfind_mark(line, ". "); at != std::string_view::npos && at >= floor;
         at = at == 0 ? std::string_view::npos : text::rfind_mark(line, ". ", at - 1)) {
        if (closes_initial(line, at))
            continue;
        std::string_view credit = text::trim(line.substr(at + 1));
        for (std::string_view dash : {"\u2014 ", "\u2013 ", "- ", "| ", "/ "})
            if (credit.starts_with(dash))
                credit = text::trim(credit.substr(dash.size()));
        if (!own_name_credit(credit, names) || text::split_ws(line.substr(0, at)).size() < least_caption_words)
            return std::nullopt;
        return std::make_pair(std::string(line.substr(0, at + 1)), std::string(credit));
    }
    return std::nullopt;
}

} // namespace archive
