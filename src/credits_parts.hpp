// What the agency tags (agencies.cpp), the metadata phase (classify_meta.cpp) and the captions closed by a credit
// (credit_captions.cpp) ask of the credits (credits.cpp, credit_signs.cpp, credit_closings.cpp), and the shapes of a
// credit closing a caption that split_trailing_credit() asks of credit_closings.cpp. Internal to the classify stage.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

namespace archive {

struct Block;
struct Page;

/// "Ruud Claessens © ANP", "Anna Muster © Keystone": a person's bare name of two or three words (bare_name()), the
/// copyright sign between spaces, and a credit as copyright_credit_closing() reads one -> {the name, "© ANP"}. The
/// name may be the person the picture shows or its photographer ("Photographer © Agency" is a credit alone): the
/// caller tells them apart.
std::optional<std::pair<std::string, std::string>> name_over_copyright(std::string_view line);

/// "Foto", "(Bild", "AFP,": a word of the credit_words list or an agency's name, once its closing commas, stops and
/// parentheses and its opening parentheses are taken off.
bool is_credit_word(std::string_view w);

/// "Foto: Jane Roe", "Photo : AFP", "Bild: Keystone": the line's first token is a picture's label (lexicon section
/// glued_credit_labels, in any case, a colon closing it dropped); `after` (when given) gets the offset past it.
bool opens_with_picture_label(std::string_view line, std::size_t* after = nullptr);

/// "Jane Doe/AFP/Getty Images", "KEYSTONE/Anna Muster": a photographer and the agencies that sell the picture, the
/// inside of the parenthesis closing a caption: six capitalised words at most, a slash, and a credit word
/// (is_credit_word()) on one side of a slash.
bool slashed_credit(std::string_view inner);

/// "SZ/dpa/van", "AFP/jm": the rest of a line after its copyright sign, slash-joined pieces with an agency among them
/// and an editor's initials last: a text's closing tag, no picture's credit (credits.cpp).
bool desk_initials_tag(std::string_view rest);

/// "Image source, Getty Images", "Fuente de la imagen, EPA", "Crédito, Reuters", "Bildquelle: Keystone": a picture's
/// source after its label (lexicon section picture_source_labels), a comma or a colon between them, then one to six
/// words, the first capitalised, and no stop closing the line. The whole line is the picture's credit (credits.cpp).
bool picture_source_credit(std::string_view line);

/// The block may be a credit or a caption's label, or close with a credit: false when is_credit_line(b),
/// split_trailing_credit(b), labelled_caption(b.text) and labelled_agency(b.text) all find nothing. Most lines hold
/// none of the few words and marks these need ("photo", "Reuters", "©", a parenthesis at an end...), which the words
/// that segment() split settle without a test.
bool may_hold_credit(const Block& b);

/// "Maddie McGarvey for The Daily Record", "Jeanne Morel pour Le Quotidien": a photographer's name (bare_name()), the
/// word saying whom the picture was taken for (lexicon section outlet_for_words), then the outlet's name of one to five
/// capitalised words, nothing after it.
bool photographer_for_outlet(std::string_view tail);

/// "Sacha Bittel/Le Nouvelliste", "20min/Marvin Ancian": a whole line that is a photographer's name and the outlet the
/// picture is from, one slash joining two words between them, in either order (a bare name of two to four words on
/// one side, an outlet of a few capitalised words on the other), no stop.
bool person_outlet_credit(std::string_view line);

/// "Ellen Marsh/WKVR", "Daniel Ruiz / The Ledger": a photographer's name (two to four words, bare_name()), one slash,
/// then the outlet in one to four words, the first and the last capitalised, no figure or stop (credit_captions.cpp).
bool person_slash_outlet(std::string_view inner);

/// "Folhapress", "Prefeitura de Campinas": an outlet's name after a credit's slash, one to four words, the first and
/// the last capitalised, short particles between (credit_captions.cpp).
bool outlet_name(std::string_view words);

/// "(Arquivo pessoal)", "(Divulgação)", "(Reprodução/Instagram)", "(Archivo)", "(Cortesía)": the picture's source
/// with no label, inside the parenthesis (credits.cpp).
bool unlabelled_source_credit(std::string_view inner);

/// "Kjell Berg/Harbour Images": person_outlet_credit() with the name first, the outlet after the slash.
bool person_first_credit(std::string_view line);

/// "Jeanne Dupont / ATS", "Anna Muster, dpa", "Mario Rossi / ANSA": a person's name in mixed case (one or more, as
/// names_over_date() reads them), then a text agency's name after a slash or a comma: the author signing with the
/// agency. A photographer's name in capitals ("LUDOVIC MARIN / AFP") is no such signature.
bool name_agency_signature(std::string_view line);

/// Block `i` of the page is name_agency_signature() over the date line: the byline of the text written with the
/// agency, no picture's credit (classify_meta.cpp asks it before it takes the line for a credit).
bool agency_signature_over_date(const Page& p, std::size_t i);

/// Block `i` of the page is name_agency_signature() right over the text's first paragraph, with no date line under
/// it ("Anna Muster / dpa" / "Die Bahnstrecke ... bleibt bis Freitag gesperrt, wie ..."): the text's byline too, when
/// no paragraph but one (the standfirst) stands over it.
bool agency_signature_over_text(const Page& p, std::size_t i);

/// "OUEST-FRANCE", "HARBOUR NEWS": an outlet's name in capitals (one to four words, four capitals at least, no small
/// letter, figure or mark but an apostrophe or a hyphen inside a word), the credit after a caption's slash or bar.
bool capital_outlet(std::string_view credit);

/// "(Ansa)", "EL MUNDO", "Archivo": a line that credits a picture only where a caption stands over it: a news agency's
/// name alone in parentheses (after the text's last paragraph, its source tag), the outlet's name in capitals (one to
/// four words, no small letter, figure or mark: over the text, its masthead), an archive's word alone.
bool lone_credit_line(std::string_view line);

/// "Maureen Hale, 71, (pictured) waited ...", "Tom Hale (pictured with his mother) found her": a parenthesis naming the
/// picture's subject (lexicon section picture_subject_marks) in a line no stop closes, as a caption is printed
/// (classify_meta.cpp asks it).
bool pictured_subject(std::string_view line);

/// "... in HarwickCredit: Coast Press": where a credit's label (lexicon section glued_credit_labels) glued to the
/// caption's last letter or figure opens the credit closing the line, or npos (credit_signs.cpp asks it too).
std::size_t glued_label_opening(std::string_view line);

/// "RTX 9080: Where to Buy", "Galaxy S30: Preis und Marktstart": a topic of one to three words opening with a
/// capital, a colon, then two words or more opening with a capital, eight words in all, heading_like() and no stop:
/// a subheading of the text, which a picture's credit alone under it does not make a caption (media.cpp).
bool topic_subheading(const Block& b);

/// "Deputies at the vote — Foto: Jane Roe/Agência" -> "Deputies at the vote": the caption without the separator mark
/// (lexicon section credit_separator_marks) closing it (credit_closings.cpp).
std::string_view without_separator(std::string_view caption);

/// "La sede del Comune di Valle": a caption's short phrase before the agency closing its line (credit_closings.cpp).
bool phrase_before_credit(std::string_view before);

/// "Rober Solsona", "Jane Roe (EFE)": a photographer's name, perhaps closed by the agency, after a caption's separator
/// mark (credit_closings.cpp).
bool name_shaped_credit(std::string_view credit);

/// "... en su casa de Madrid. Andrea Comas": a photographer's bare name glued after the caption's one stop at `dot`
/// (credit_closings.cpp).
bool bare_name_after_caption(std::string_view line, std::size_t dot);

/// "Arquivo DM", "Archivio Ansa", "Archivo.": an archive's credit, its word and the words that credit a picture (or
/// nothing when `alone`) (credit_closings.cpp).
bool archive_credit(std::span<const std::string_view> words, bool alone);

/// "... Fot. Jan Roe / Agencja": the stop at `dot` closes a credit's shortened label (credit_closings.cpp).
bool label_stop(std::string_view line, std::size_t dot);

/// The line as a caption and the name, the archive or the person and outlet after a slash closing it, or nothing
/// (credit_closings.cpp).
std::optional<std::pair<std::string, std::string>> slashed_name_split(std::string_view line);

/// "Ayuntamiento de Villanueva de la Sierra": an institution's name after a caption's slash or bar
/// (credit_closings.cpp).
bool institution_credit(std::string_view credit);

/// "Police cantonale / Keystone", "Kantonspolizei Bern / Keystone": the body that handed a picture out and the agency
/// that sent it, after a spaced slash, closing a caption after its stop (credit_closings.cpp).
bool body_slash_agency(std::string_view tail);

/// "File photo", "Foto de archivo.": a picture's label alone after a caption's stop (credit_closings.cpp).
bool picture_label_after_stop(std::string_view tail);

/// The credit's separator mark opening `tail` (lexicon section credit_separator_marks, a space after it), or 0
/// (credit_closings.cpp).
std::size_t separator_opening(std::string_view tail);

/// "in pictures:", "en images :": the lower-cased opening of a line up to its colon is a gallery's title label
/// (credit_closings.cpp).
bool gallery_title_label(std::string_view low);

/// "... dalla Xylella - RIPRODUZIONE RISERVATA": where a rights notice closing a caption opens, 0 when the line has
/// none (credit_closings.cpp).
std::size_t rights_tail(std::string_view line);

/// "The flooded square on Monday. © Reuters": where a credit after a copyright sign closing a caption of
/// `least_caption_words` or more opens (at the sign), or nothing (credit_closings.cpp).
std::optional<std::size_t> copyright_credit_closing(std::string_view line, std::size_t least_caption_words = 3);

} // namespace archive
