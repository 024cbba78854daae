// What the three files of the article's opening share: classify_head.cpp (mark_opening(), the headline, its kicker
// and the lede in the order the page is read), classify_kickers.cpp (the kicker's rules) and classify_lede.cpp (the
// standfirst's rules). Internal to the classify stage.
#pragma once

#include "page.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace archive {

// classify_kickers.cpp

/// "HANDBALL - LIGUE 1 (5e JOURNÉE)": a short label in capitals, no small letter but an ordinal's ending, no stop.
bool capitals_label(const Block& b);
/// "IL PROVVEDIMENTO", "ALLERTA METEO": line k, a label in capitals of two to four words, names no person.
bool capitals_label_no_name(const Page& p, std::size_t k);
/// "Accueil Faits divers Saint-Aubin-des-Prés" over "Faits divers": line k is the page's breadcrumb copied without
/// its separators, holding `label` as one of its pieces.
bool unseparated_crumb(const Page& p, std::size_t k, std::string_view label);
/// "Fútbol | Preferente": line k is a kicker of two or three labels joined by one separator.
bool joined_labels(const Page& p, std::size_t k);
/// "Faits divers - Justice": a rubric and its subrubric joined by a spaced dash, the end of a breadcrumb.
bool dashed_rubric(const Block& b);
/// "Portada / Local / Opinión / Opinión / <headline>": the line over headline h is a menu's last entry printed again.
bool menu_entry_again(const Page& p, std::size_t h);
/// "World / Search / <headline>": line k is a menu's link to one of the site's tools, its last item.
bool menus_tool_item(const std::vector<Block>& blocks, std::size_t k);
/// "Cookies erlauben?" / "Alle akzeptieren": line k is the button of a cookie banner under its line.
bool consent_banner_button(const std::vector<Block>& blocks, std::size_t k);
/// "<cookie notice> / OK / <headline>": line k is such a button that says so (consent_button_labels).
bool consent_button_line(const std::vector<Block>& blocks, std::size_t k);
/// "Esquelas / Publicar una esquela / <headline>": line k is a menu's link to a site's action, a button.
bool menus_action_link(const std::vector<Block>& blocks, std::size_t k);
/// "Politik / Kultur / Europäische Union / <headline>": line k, a label of two or three words, stands out of the
/// shape of the menu of single words over it.
bool outgrows_menu(const std::vector<Block>& blocks, std::size_t k);
/// "PRESUPUESTOS GENERALES DEL ESTADO": a label in capitals of four words or more that no known given name opens.
bool capitals_topic(const Block& b);
/// "Aragón / Huesca / SUCESOS / <headline>": line k, a label in capitals under a menu's entries, opens the head's
/// block.
bool capitals_under_menu(const Page& p, std::size_t k);
/// "<cookie notice> / Accept / News / Local News / <headline>": line k is a breadcrumb's lower level of two printed
/// one a line under a cookie banner's buttons, the upper one a menu's entry printed above.
bool crumbs_under_banner(const std::vector<Block>& blocks, std::size_t k);
/// "La Gazette / Actualité / Politique / <headline>": line k is a menu's or a breadcrumb's last item, no kicker.
bool menus_last_section(const std::vector<Block>& blocks, std::size_t k);
/// "Startseite › Ausland" / "Anzeige" / "Ausland": line k, under an advertisement's slot, repeats the menu's item.
bool menu_item_over_ad(const std::vector<Block>& blocks, std::size_t k);
/// "VIVIENDA / Actualizado 03 dic 2026 - 18:40 / <headline>": the line two over headline h is a label in capitals
/// over the date line glued to the headline, its kicker.
bool capitals_label_over_date(const Page& p, std::size_t h);
/// "Nach Angriff auf Umspannwerk:", "Rente mit 70?": a short lead-in closed by a colon or a question mark.
bool lead_in_label(const Block& b);
/// "Anmelden", "Abo", "Sign in": a menu's account or subscription button, the whole line.
bool account_button(const Block& b);
/// "Prozess am Landgericht Kiel / <headline> / <standfirst> / Anna Muster": the line over headline h is a kicker of
/// four to seven words (or a phrase of a topic) over a title and its signed standfirst.
bool kicker_over_signed_head(const Page& p, std::size_t h);
/// "Fotogallery / <headline> / ... / 1/6": a gallery's label over headline h of a gallery's page, its kicker.
bool gallery_label_over_gallery(const Page& p, std::size_t h);
/// "Morlaix. Le pont de Kerhallet fermé" over "Le pont de Kerhallet fermé": `headline` is `title` after its place.
bool placed_copy(std::string_view headline, std::string_view title);
/// "LIVE", "EN DIRECT", "Eilmeldung": a status flag over a headline, no kicker.
bool status_flag(const Block& b);
/// "SPIEGEL+", "Abonnés", "BILD plus": a subscribers' badge over a headline, no kicker.
bool badge_over_head(const Block& b);
/// "Tarife/Bahn/", "PORTUGAL ELECCIONES (Urgente)": an agency's slug line over wire copy's headline, no kicker.
bool wire_slug(const Block& b);

// classify_lede.cpp

/// "par Libération", "von Hafenblatt": a desk's byline in small letters before an outlet's name.
bool desk_byline(const Block& b, std::string_view language);
/// "Discussion in 'Vegetables' started by greenthumb, Aug 14, 2026": a forum thread's meta line, no standfirst.
bool thread_meta_line(const Block& b);
/// "Lens / 2 - 1 / Marseille / Terminé / ...": a match's score box from line k -> the byline's or date line's line
/// under it; k for none.
std::size_t past_score_box(const Page& p, std::size_t k, std::size_t re);
/// "Anna Kowalska", "Jane Roe, John Doe": a short line of people's names alone, no stop nor figure.
bool bare_names_over_text(const Block& b);
/// "<standfirst> / Rui Tavares / Braga / Partilhar no Facebook / <text>": line k, one author's bare name, over the
/// place the author files from, share buttons perhaps under it, over the body's first paragraph of prose.
bool name_and_place_over_text(const Page& p, std::size_t k, std::size_t re);
/// "Helen Marsh Environment correspondent / <date>": line k, the author's name with the job title, over the date
/// line -> the date line's index; 0 for none.
std::size_t titled_names_over_date(const Page& p, std::size_t k);
/// Line i under the headline is a standfirst in the headline's terse style, over the byline or the date line.
bool terse_standfirst(const Page& p, std::size_t headline, std::size_t i);
/// Line i under the headline is a standfirst of one short sentence closed by its stop, over the byline or the date.
bool sentence_standfirst(const Page& p, std::size_t headline, std::size_t i);
/// Line i under a title signed by the date line or the byline over it is the title's deck printed without a stop.
bool dated_deck(const Page& p, std::size_t headline, std::size_t i, std::size_t re);
/// Line i under the byline and date lines, over the lead picture and a body opened by its dateline, is the deck.
bool deck_over_picture(const Page& p, std::size_t headline, std::size_t i, std::size_t re);
/// The lines between the headline and line i are the head's byline and date lines alone (one to three).
bool under_head_lines(const Page& p, std::size_t headline, std::size_t i);
/// "Redacción", "Staff Reporter": the first desk's signature a few lines under the headline becomes the byline.
void mark_desk_signatures(Page& p, std::size_t headline, std::size_t re);
/// The lines under line `from` are labels, buttons and lines given a role, down to the body's first paragraph of
/// prose (from line `rs` on); `reading_time`, when given, is set when one of them is the article's reading time.
bool labels_over_body(const Page& p, std::size_t from, std::size_t rs, bool* reading_time = nullptr);
/// On a gallery's page (or under a gallery's label), line i under the headline is its standfirst however short.
bool gallery_standfirst(const Page& p, std::size_t headline, std::size_t i);
/// Line i, a sentence right under the headline too short to rate as prose, over the body, is the standfirst.
bool short_standfirst(const Page& p, std::size_t headline, std::size_t i, std::size_t rs);
/// Line i, with no byline or date line under it, is a standfirst by its shape against the two paragraphs under it.
bool bare_standfirst(const Page& p, std::size_t headline, std::size_t i, std::size_t re);
/// A video player's lines from line k on -> the line of its description; k when no player leads to one.
std::size_t past_video_player(const Page& p, std::size_t k, std::size_t re, std::string_view title);
/// An audio player's labels and its programme's line from line k on -> the line after it; k when none opens at k.
std::size_t past_audio_player(const Page& p, std::size_t k, std::size_t re);
/// "14 | Dienstag, 3. Dezember 2026 | Kreis Lindau": line k is an e-paper's running head printed again.
bool running_head(const Page& p, std::size_t k);

} // namespace archive
