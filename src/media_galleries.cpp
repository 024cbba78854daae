// The picture galleries and lone captions of the page (classify()): a caption printed twice, a gallery's counted
// pictures, a caption under a marker or a byline, and the counters and picture labels left on the captions.
#include "bylines.hpp"
#include "classify.hpp"
#include "credits_parts.hpp"
#include "lexicon.hpp"
#include "media_parts.hpp"
#include "page.hpp"
#include "sections_parts.hpp"
#include "text.hpp"
#include "text_find.hpp"

#include <algorithm>
#include <optional>
#include <vector>

namespace archive {

bool printed_again_with_more(std::string_view first, std::string_view second) {
    return second.size() > first.size() + 1 && second.starts_with(first) && second[first.size()] == ' ';
}

namespace {

// "Tráfico en la Ronda de Dalt, en una imagen de archivo" / "Tráfico en la Ronda de Dalt, en una imagen de archivo
// (Àlex Garcia)", "Il ponte dal drone" / "Il ponte dal drone Foto: Ansa": a picture's text printed twice, as the
// picture's alternative text and as its caption, the second closed by its credit (in parentheses of a few words, or
// a credit split_trailing_credit() reads): the second is the caption, the first leaves with the boilerplate.
// ("<byline>" / "Anna Muster ist Redakteurin im Ressort Politik." / "Anna Muster ist Redakteurin im Ressort Politik.
// © privat" / <text>: over the region too, among the head's lines, when the metadata pass read the second print with
// its credit already.)
void caption_printed_twice(Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size();
    const int least_caption = 3, most_credit_words = 6;
    const std::size_t head_lines = 45; // (the head's lines over the region that the metadata pass reads)
    for (std::size_t k = rs > head_lines ? rs - head_lines : 0; k + 1 <= re && k + 1 < n; ++k) {
        const Block& first = blocks[k];
        const Block& second = blocks[k + 1];
        if (p.role[k] != Role::none || (p.role[k + 1] != Role::none && p.role[k + 1] != Role::caption) ||
            first.words < least_caption || first.words > most_caption_words ||
            second.text.size() <= first.text.size() + 3 || !printed_again_with_more(first.text, second.text))
            continue;
        // (The caption under it read already with its credit, by the metadata pass: the first print leaves.)
        if (p.role[k + 1] == Role::caption) {
            if (std::any_of(p.article.media.begin(), p.article.media.end(),
                            [&](const Media& m) { return m.caption == first.text; }))
                p.role[k] = Role::boilerplate;
            continue;
        }
        if (k < rs)
            continue;
        const std::string_view tail = std::string_view(second.text).substr(first.text.size() + 1);
        std::optional<std::pair<std::string, std::string>> split;
        if (tail.front() == '(' && tail.back() == ')' && tail.find('(', 1) == std::string_view::npos &&
            static_cast<int>(text::split_ws(tail).size()) <= most_credit_words)
            split = std::pair<std::string, std::string>{first.text, std::string(tail)};
        else if (auto credit = split_trailing_credit(second); credit && credit->first == first.text)
            split = std::move(credit);
        if (!split)
            continue;
        p.role[k] = Role::boilerplate;
        p.role[k + 1] = Role::caption;
        p.soft_caption[k + 1] = true;
        p.article.media.push_back(Media{split->first, split->second});
        ++k;
    }
}

// "Les soldats ouvrent le cortège. Laurent Guiraud", "Der Umzug in der Altstadt. Anna Muster": a caption's sentence of
// three words or more, its full stop, then the photographer's bare name closing the line (two or three words,
// bare_name()): the caption and its credit, split after the stop. Nothing for another line.
std::optional<std::pair<std::string, std::string>> caption_then_name(std::string_view line) {
    const std::size_t least_caption_words = 3, most_name_words = 3;
    const std::size_t stop = text::rfind_mark(line, ". ");
    if (stop == std::string_view::npos || line.back() == '.')
        return std::nullopt;
    const std::string_view caption = line.substr(0, stop + 1), name = text::trim(line.substr(stop + 2));
    const auto words = text::split_ws(name);
    if (words.size() < 2 || words.size() > most_name_words ||
        name.find_first_of(".,;:!?()") != std::string_view::npos ||
        text::split_ws(caption).size() < least_caption_words || !bare_name(words))
        return std::nullopt;
    return std::pair<std::string, std::string>{std::string(caption), std::string(name)};
}

// "1/8" / "Les soldats ouvrent le cortège. Laurent Guiraud" / "2/8" / "La marmite est brisée. Laurent Guiraud": a
// gallery's pictures, each its counter alone on its line (gallery_counter()) right over its caption, the caption
// closed by its credit (split_trailing_credit()) or by the photographer's name after its stop (caption_then_name());
// two pictures at least, counting up to the same total. Anywhere on the page, over the text as well as in it: the
// counters say what the lines are. The counters stay with the boilerplate.
void counted_gallery_pictures(Page& p) {
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size(), most_counter_bytes = 11, least_pictures = 2;
    const int most_words = 40;
    auto open = [&](std::size_t k) { return p.role[k] == Role::none || p.role[k] == Role::boilerplate; };
    auto counter = [&](std::size_t k) {
        return blocks[k].text.size() <= most_counter_bytes && open(k) ? gallery_counter(blocks[k]) : std::nullopt;
    };
    auto picture = [&](std::size_t k) -> std::optional<std::pair<std::string, std::string>> {
        const Block& caption = blocks[k];
        if (!open(k) || caption.words < 3 || caption.words > most_words || caption.urls > 0)
            return std::nullopt;
        if (auto split = split_trailing_credit(caption))
            return split;
        return caption_then_name(caption.text);
    };
    for (std::size_t k = 0; k + 1 < n; ++k) {
        const auto first = blocks[k].digits >= 2 ? counter(k) : std::nullopt; // (the count first: most lines end)
        if (!first)
            continue;
        std::vector<std::pair<std::size_t, std::pair<std::string, std::string>>> pictures;
        long last = 0;
        std::size_t j = k;
        for (; j + 1 < n; j += 2) {
            const auto c = counter(j);
            if (!c || c->second != first->second || c->first <= last)
                break;
            auto split = picture(j + 1);
            if (!split)
                break;
            last = c->first;
            pictures.emplace_back(j, std::move(*split));
        }
        if (pictures.size() < least_pictures)
            continue;
        for (auto& [at, split] : pictures) {
            p.role[at] = Role::boilerplate;
            p.role[at + 1] = Role::caption;
            p.article.media.push_back(Media{std::move(split.first), std::move(split.second)});
        }
        k = j - 1;
    }
}

} // namespace

namespace {

// "Vidéo", "Video", "(Bild)", "[Audio]": a player's or a picture's word alone on its line (lexicon section
// picture_markers), in brackets or not.
bool marker_line(const Block& b) {
    return b.repeats == 0 && picture_marker_line(b);
}

// The line under the marker at k is its media's caption: the marker leaves with the boilerplate, and a player's length
// line under the title ("02:14 min, aus Regionaljournal Bern vom 12.06.2024.") too.
void take_marker_caption(Page& p, std::size_t k, std::size_t re) {
    const Block& caption = p.blocks[k + 1];
    if (audio_marker(p.blocks[k])) {
        for (std::size_t j = k; j <= k + 2 && j <= re && j < p.blocks.size(); ++j)
            if (j < k + 2 || (p.role[j] == Role::none && player_length_line(p.blocks[j])))
                p.role[j] = Role::boilerplate;
        return;
    }
    p.role[k] = Role::boilerplate;
    p.role[k + 1] = Role::caption;
    p.soft_caption[k + 1] = true;
    if (k + 2 <= re && k + 2 < p.blocks.size() && p.role[k + 2] == Role::none && player_length_line(p.blocks[k + 2]))
        p.role[k + 2] = Role::boilerplate;
    // ("Volunteers fill sandbags. Photo: Jane Roe": a credit closing the caption is split off.)
    if (auto split = split_trailing_credit(caption))
        p.article.media.push_back(Media{split->first, split->second});
    else
        p.article.media.push_back(Media{caption.text, std::nullopt});
}

// The date line over the line `k`, right over it or over a run of a page's share buttons (lines of one or two words
// without a final mark or figure, eight at most); 0 when there is none.
std::size_t date_over_buttons(const Page& p, std::size_t k) {
    const std::size_t most_buttons = 8;
    const int most_button_words = 2;
    std::size_t j = k - 1;
    for (; j > 0 && k - 1 - j < most_buttons && p.role[j] != Role::date; --j) {
        const Block& b = p.blocks[j];
        if ((p.role[j] != Role::none && p.role[j] != Role::boilerplate) || b.words > most_button_words ||
            b.end_punct || b.digits > 0)
            return 0;
    }
    return p.role[j] == Role::date ? j : 0;
}

// "Modifié le 12.06.2026 à 18h02" / "Vidéo" / "Les familles attendent une baisse des taxes" / "Le conseil communal a
// accepté mercredi ...": the page's top video right under the date line, over the text's first paragraph, which
// may open the region or follow it. No paragraph stands over the title: the date line over the marker and the longer
// text line right under the title say it is the video's caption, not a paragraph nor the boilerplate's.
void caption_under_date_marker(Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    // (The marker up to three lines over the region's first one, or among its head: the headline, the lede and the
    // dates may open the region.)
    const std::size_t reach = 3, head = 8;
    const int least_caption = 3, most_notice_words = 12;
    for (std::size_t k = rs > reach ? rs - reach : 1; k <= rs + head && k + 2 <= re && k + 2 < blocks.size(); ++k) {
        const Block& caption = blocks[k + 1];
        const Block& under = blocks[k + 2];
        if (p.role[k] != Role::none || p.role[k + 1] != Role::none || caption.words < least_caption ||
            caption.words > most_caption_words || caption.end_punct)
            continue;
        // "Published December 2, 2026" / "Facebook" / "Print" / "close" / "Video" / "<title>": the share buttons
        // may stand between the date line and the marker, which the page may also print in its menu (only a marker
        // printed once stands right under the date line).
        const std::size_t date = date_over_buttons(p, k);
        if (date == 0 || !picture_marker_line(blocks[k]) || (date + 1 == k && !marker_line(blocks[k])) ||
            is_credit_line(caption))
            continue;
        // The text's first paragraph right under the title, or under one short line after it (a notice of the
        // player or the page: "NEW You can now listen to Fox News articles!").
        auto paragraph = [&](std::size_t j) {
            return p.role[j] == Role::none && blocks[j].words > caption.words && blocks[j].end_punct;
        };
        const bool text_under = paragraph(k + 2) || (date + 1 < k && k + 3 <= re && k + 3 < blocks.size() &&
                                                     under.words <= most_notice_words && paragraph(k + 3));
        if (!text_under)
            continue;
        take_marker_caption(p, k, re);
        return;
    }
}

} // namespace

void caption_under_marker(Page& p, std::size_t rs, std::size_t re) {
    // (A gallery's counter is a marker too: "1/8" over a caption closed by the photographer's name.)
    counted_gallery_pictures(p);
    caption_under_date_marker(p, rs, re);
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size();
    const int least_caption = 3;
    for (std::size_t k = rs + 1; k + 1 <= re && k + 1 < n; ++k) {
        const Block& b = blocks[k];
        if ((p.role[k] != Role::none && p.role[k] != Role::credit) || !marker_line(b))
            continue;
        // ("Image / <caption>.CreditJane Roe/Agency": the picture under the marker read already, with its credit.)
        if (p.role[k] == Role::none && (p.role[k + 1] == Role::caption || p.role[k + 1] == Role::credit)) {
            p.role[k] = Role::boilerplate;
            continue;
        }
        const Block& caption = blocks[k + 1];
        const Block& over = blocks[k - 1];
        if (p.role[k + 1] != Role::none || caption.words < least_caption || caption.words > most_caption_words ||
            over.words <= caption.words || is_credit_line(caption) || duration_line(caption))
            continue;
        take_marker_caption(p, k, re);
    }
    caption_under_video_length(p, rs, re);
    caption_printed_twice(p, rs, re);
}

namespace {

// A sentence's words, no title's nor a name's: a third of the words at least (two or more) open with a small letter
// ("The new ferries enter service in 2029", "Die neuen Fähren sollen 2029 in Dienst gehen"; not "Reviewed by Jane
// Roe, MD").
bool sentence_words(std::string_view line) {
    const int least_small = 2;
    int words = 0, small = 0;
    for (std::size_t at = 0; at < line.size();) {
        const std::string_view word = text::next_token(line, at);
        if (word.empty())
            break;
        std::size_t k = 0;
        ++words;
        small += text::is_lower(text::next_cp(word, k)) ? 1 : 0;
    }
    return small >= least_small && 3 * small >= words;
}

// Every medium of the page read from a caption or credit line under line `at` (its caption's or credit's text found
// there), and no caption or credit line over it: a medium put first stands first in line order.
bool media_below(const Page& p, std::size_t at) {
    const auto& blocks = p.blocks;
    auto shown = [&](std::size_t k) { return p.role[k] == Role::caption || p.role[k] == Role::credit; };
    for (std::size_t k = 0; k < at; ++k)
        if (shown(k))
            return false;
    for (const Media& m : p.article.media) {
        const std::string_view part = m.caption ? std::string_view(*m.caption)
                                      : m.credit  ? std::string_view(*m.credit)
                                                  : std::string_view();
        bool found = false;
        for (std::size_t k = at + 1; k < blocks.size() && !found && !part.empty(); ++k)
            found = shown(k) && blocks[k].text.find(part) != std::string::npos;
        if (!found)
            return false;
    }
    return true;
}

} // namespace

// "Fiona MacLeod" / "Business correspondent" / "Reporting from Glasgow" / "The new vessels enter service in 2029" /
// "<paragraph>", "Jeanne Morel" / "Les nouveaux navires entreront en service en 2029" / "<paragraph>": a broadcaster
// prints its top picture's caption with no credit and no stop, right under the byline's lines (the name, the job,
// the place reported from), over the text's first paragraph. The page has no lede, and no media over it (its other
// pictures stand further down): the sentence is the first picture's caption, not a homeless line.
void caption_under_byline(Page& p, std::size_t re) {
    const auto& blocks = p.blocks;
    Article& a = p.article;
    const std::size_t n = blocks.size();
    const std::size_t most_byline_lines = 3;
    const int least_caption = 5, most_words = 25;
    if (re >= n)
        return;
    std::size_t byline = n;
    for (std::size_t i = 0; i <= re; ++i) {
        if (p.role[i] == Role::lede)
            return;
        if (p.role[i] == Role::byline && byline == n)
            byline = i;
    }
    if (byline == n || byline == 0)
        return;
    // (The byline's other lines, its job and place, read as boilerplate or byline or not read yet, a few words with no
    // stop: "Reporting from Glasgow"; the first other line is the caption.)
    const int most_place_words = 4;
    auto byline_line = [&](std::size_t k) {
        return p.role[k] == Role::byline || p.role[k] == Role::boilerplate ||
               (p.role[k] == Role::none && blocks[k].words <= most_place_words && !blocks[k].end_punct);
    };
    std::size_t i = byline + 1;
    while (i <= re && i - byline <= most_byline_lines && byline_line(i))
        ++i;
    // (A line right under the byline's name is its standfirst or the text's first line, no caption's.)
    if (i + 1 > re || i - byline > most_byline_lines || i == byline + 1)
        return;
    const Block& caption = blocks[i];
    const Block& under = blocks[i + 1];
    if (p.role[i] != Role::none || caption.words < least_caption || caption.words > most_words ||
        caption.end_punct || caption.text.find(':') != std::string::npos || !text::starts_upper(caption.text) ||
        is_credit_line(caption) || !sentence_words(caption.text))
        return;
    if ((p.role[i + 1] != Role::none && p.role[i + 1] != Role::paragraph) || !under.end_punct ||
        under.words <= caption.words)
        return;
    // (A page with media already: only pictures printed under this line, "<caption>" / "Photo: Sam Hollis" further
    // down the text; this one is the first in line order.)
    if (!a.media.empty() && !media_below(p, i))
        return;
    p.role[i] = Role::caption;
    a.media.insert(a.media.begin(), Media{caption.text, std::nullopt});
}

namespace {

// "<text> / 1 / 8 / Wellen schlagen über die Mole. / Foto: Jan Feld / 2 / 8 / Die Promenade steht unter Wasser. /
// Foto: Jan Feld / ...", "1 / 12 / Waves crash over the harbour wall. / Image: PA": a gallery under the text with no
// label over it, each picture its counter (slide_number()), its caption and the credit closing it; two pictures at
// least, the first counter within a few lines of the text's end. The counters stay with the boilerplate.
void counted_gallery_under(Page& p, std::size_t re) {
    const auto& blocks = p.blocks;
    // "1 / 8", "1/8": the counter alone on its line, its slash spaced or not.
    auto counter = [&](std::size_t k) {
        const std::size_t most_bytes = 11;
        return blocks[k].text.size() <= most_bytes && p.role[k] == Role::none && gallery_counter(blocks[k]).has_value();
    };
    const std::size_t n = blocks.size(), most_gap = 3, least_pictures = 2;
    std::size_t first = n;
    for (std::size_t k = re + 1; k < n && k <= re + 1 + most_gap && first == n; ++k)
        if (counter(k))
            first = k;
    std::vector<std::size_t> counters;
    for (std::size_t k = first; k + 2 < n; k += 3) {
        const Block& caption = blocks[k + 1];
        if (!counter(k) || p.role[k + 1] != Role::none || caption.words < 3 || caption.words > most_caption_words ||
            caption.urls > 0 || (p.role[k + 2] != Role::none && p.role[k + 2] != Role::credit) ||
            !is_credit_line(blocks[k + 2]) || is_credit_line(caption))
            break;
        counters.push_back(k);
    }
    if (counters.size() < least_pictures)
        return;
    for (const std::size_t k : counters) {
        p.role[k] = Role::boilerplate;
        p.role[k + 1] = Role::caption;
        p.role[k + 2] = Role::credit;
        p.article.media.push_back(Media{blocks[k + 1].text, blocks[k + 2].text});
    }
}

} // namespace

namespace {

// "Bild 3 von 12", "Image 2 of 7", "Zdjęcie 2 z 6", "Imagem 4 de 10": a gallery's counter in words alone on its line
// (gallery_counter(), the boilerplate phrase's).
bool worded_counter(const Block& b) {
    const int least_digits = 2;
    return b.words == 4 && b.digits >= least_digits && gallery_counter(b.lower);
}

// "<last paragraph> / Image 2 of 7 / The ferry leaving the north pier. Photo: Sam Hollis", "Zdjęcie 2 z 6 / Most
// nocą. Fot. Karol Nowicki": a gallery's counter in words (worded_counter()) right over a line closed by a picture's
// credit (split_trailing_credit()): the picture the gallery shows under the text, its caption and its credit; the
// counter stays with the boilerplate. Sought anywhere under the region: a box set in the text ("Te puede interesar"
// / <teaser>) may have ended the region over the article's last paragraphs and the gallery.
void pictures_under_counters(Page& p, std::size_t re) {
    const auto& blocks = p.blocks;
    const int most_words = 40;
    auto open = [&](std::size_t k) { return p.role[k] == Role::none || p.role[k] == Role::boilerplate; };
    for (std::size_t k = re + 1; k + 1 < blocks.size(); ++k) {
        const Block& caption = blocks[k + 1];
        if (!open(k) || !open(k + 1) || caption.blank_before || caption.words > most_words || caption.urls > 0 ||
            !worded_counter(blocks[k]))
            continue;
        auto split = split_trailing_credit(caption);
        if (!split)
            continue;
        p.role[k] = Role::boilerplate;
        p.role[k + 1] = Role::caption;
        p.article.media.push_back(Media{std::move(split->first), std::move(split->second)});
    }
}

} // namespace

void collect_gallery_under(Page& p, std::size_t re) {
    pictures_under_counters(p, re);
    const auto& blocks = p.blocks;
    const std::size_t n = blocks.size(), most_gap = 3, least_pictures = 2;
    const int most_label_words = 3;
    static const LexiconSection* labels = common_lexicon().section("gallery_labels"); // (looked up once)
    auto free = [&](std::size_t k) { return p.role[k] == Role::none || p.role[k] == Role::boilerplate; };
    std::size_t label = n;
    for (std::size_t k = re + 1; k < n && k <= re + 1 + most_gap && label == n; ++k) {
        const Block& b = blocks[k];
        if (b.words == 0 || b.words > most_label_words || b.end_punct || !free(k)) // (the counts first)
            continue;
        std::string_view low = b.lower;
        while (!low.empty() && (low.back() == ':' || low.back() == ' '))
            low.remove_suffix(1);
        if (labels != nullptr && labels->has(low))
            label = k;
    }
    if (label == n) {
        counted_gallery_under(p, re);
        return;
    }
    std::vector<std::size_t> captions;
    for (std::size_t k = label + 1; k + 1 < n; k += 2) {
        const Block& caption = blocks[k];
        if (p.role[k] != Role::none || caption.words < 3 || caption.words > most_caption_words || caption.urls > 0 ||
            (p.role[k + 1] != Role::none && p.role[k + 1] != Role::credit) || !is_credit_line(blocks[k + 1]) ||
            is_credit_line(caption))
            break;
        captions.push_back(k);
    }
    if (captions.size() < least_pictures)
        return;
    p.role[label] = Role::boilerplate;
    for (const std::size_t k : captions) {
        p.role[k] = Role::caption;
        p.role[k + 1] = Role::credit;
        p.article.media.push_back(Media{blocks[k].text, blocks[k + 1].text});
    }
}

void mark_galleries(Page& p, std::size_t rs, std::size_t re) {
    const auto& blocks = p.blocks;
    for (std::size_t k = rs; k <= re; ++k) {
        auto first = slide_number(blocks[k].text);
        if (!first)
            continue;
        std::size_t last = k;
        long slide = first->first;
        int counted = 1;
        for (std::size_t j = k + 1; j <= re && j <= last + 8; ++j)
            if (auto next = slide_number(blocks[j].text); next && next->second == first->second && next->first > slide) {
                slide = next->first;
                last = j;
                ++counted;
            }
        if (counted < 3) {
            k = last;
            continue;
        }
        std::size_t per_slide = (last - k) / static_cast<std::size_t>(counted - 1);
        std::size_t end = std::min(re, last + (per_slide > 0 ? per_slide - 1 : 0));
        std::size_t start = k;
        while (start > rs && k - start < 3 && blocks[start - 1].words <= 6 && !blocks[start - 1].end_punct)
            --start;
        // A slideshow page is its gallery: the article must stand on both sides of it.
        auto text_in = [&](std::size_t from, std::size_t to) {
            int good = 0;
            for (std::size_t j = from; j < to; ++j)
                good += p.quality[j] == Quality::good && blocks[j].end_punct;
            return good;
        };
        if (text_in(rs, start) < 2 || text_in(end + 1, re + 1) < 1) {
            k = end;
            continue;
        }
        for (std::size_t j = start; j <= end; ++j)
            if (p.role[j] == Role::none || p.role[j] == Role::caption || p.role[j] == Role::credit)
                p.role[j] = Role::boilerplate;
        k = end;
    }
}

// "3/12 Leerlingen planten bomen op het schoolplein.", "Foto 3 di 12 Via Valassina sott'acqua", "Bild 3 von 12: Der
// neue Kai": a gallery's counter printed at the start of a picture's caption line is no part of the caption (the
// caption is what follows it, two words at least); classify() keeps the counter with the boilerplate, as it keeps a
// caption's label (the text of the caption line before the caption).
bool closing_caption_counter(std::string_view s) {
    const std::size_t most_bytes = 24; // ("(Zdjęcie 12 z 150)", a picture's word spelt long)
    s = text::trim(s);
    if (s.size() < 5 || s.size() > most_bytes || s.front() != '(' || s.back() != ')')
        return false;
    const std::string_view inner = text::trim(s.substr(1, s.size() - 2));
    return slide_number(inner).has_value() ||
           (text::split_ws(inner, 5).size() == 4 && gallery_counter(text::lower(inner)));
}

void drop_caption_counters(Article& a) {
    const std::size_t least_words = 2, most_front = 24; // (the picture's word and the number after it)
    for (Media& m : a.media) {
        // (Most captions hold no figure among their first bytes: settled at once.)
        if (!m.caption || m.caption->find_first_of("0123456789") > most_front)
            continue;
        const std::string& c = *m.caption;
        std::size_t cut = 0;
        if (slide_number(c)) {
            cut = c.find(' ');
        } else {
            // (A picture's word, its number, the word of "of" and the count: four words, a colon after them or not.)
            const auto words = text::split_ws(c, 5);
            if (words.size() == 5) {
                const std::string_view last = words[3];
                const bool colon = last.ends_with(':');
                const std::size_t end = static_cast<std::size_t>(last.data() - c.data()) + last.size();
                if (gallery_counter(text::lower(std::string_view(c).substr(0, colon ? end - 1 : end))))
                    cut = end;
            }
        }
        if (cut == 0 || cut == std::string::npos)
            continue;
        std::string rest(text::trim(std::string_view(c).substr(cut)));
        if (text::split_ws(rest, least_words).size() < least_words)
            continue;
        m.caption = std::move(rest);
    }
    // "Die alte Brücke darf nur noch von Autos bis 7,5 Tonnen befahren werden. (3/12)", "La banchina vista dal mare
    // (Foto 4 di 9)": the gallery's counter in brackets closing the caption is no part of it either (the caption
    // keeps two words at least); classify() keeps it with the boilerplate, after the caption.
    for (Media& m : a.media) {
        if (!m.caption || m.caption->empty() || m.caption->back() != ')')
            continue;
        const std::string& c = *m.caption;
        const std::size_t open = c.rfind('(');
        if (open == std::string::npos || open == 0 || !closing_caption_counter(std::string_view(c).substr(open)))
            continue;
        std::string rest(text::trim(std::string_view(c).substr(0, open)));
        if (text::split_ws(rest, least_words).size() < least_words)
            continue;
        m.caption = std::move(rest);
    }
}

void drop_caption_picture_labels(Article& a) {
    const std::size_t least_words = 3, most_read_words = 16, most_label_bytes = 16;
    static const LexiconSection* labels = common_lexicon().section("caption_picture_labels"); // (looked up once)
    // ("Legende: Die Passstrasse bleibt geschlossen." (credit "KEYSTONE/Jane Roe"), "Bildunterschrift: ...": a
    // caption's own label, lexicon section caption_labels, goes as the picture's word does.)
    static const LexiconSection* caption_labels = common_lexicon().section("caption_labels");
    if (labels == nullptr || caption_labels == nullptr)
        return;
    for (Media& m : a.media) {
        // (A colon among the caption's first bytes first: most captions open with no label.)
        if (!m.caption || !m.credit || m.credit->empty())
            continue;
        const std::string& c = *m.caption;
        const std::size_t colon = c.find(':');
        if (colon == std::string::npos || colon == 0 || colon > most_label_bytes || colon + 2 >= c.size() ||
            c[colon + 1] != ' ')
            continue;
        const std::string_view label = text::trim(std::string_view(c).substr(0, colon));
        if (label.empty() || !text::starts_upper(label))
            continue;
        const std::string low = text::lower(label);
        // (A label listed with its colon, "main image:", is one only with it.)
        if (!caption_labels->has(low) && !caption_labels->has(low + ":") &&
            (label.find(' ') != std::string_view::npos || !labels->has(low)))
            continue;
        std::string rest(text::trim(std::string_view(c).substr(colon + 1)));
        const auto words = text::split_ws(rest, most_read_words);
        // (The caption says what the picture shows: a small letter in it, no name alone.)
        if (words.size() < least_words || std::none_of(words.begin(), words.end(), [](std::string_view w) {
                return !text::starts_upper(w);
            }))
            continue;
        m.caption = std::move(rest);
    }
}

} // namespace archive
