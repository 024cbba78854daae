// What the article's region (region.cpp) asks of the trims of its edges (region_edges.cpp, region_author_boxes.cpp and
// region_body_drops.cpp: the lines that leave it; region_joins.cpp, region_past_boxes.cpp and region_facts.cpp: the
// lines that join it) and of the lists it holds (region_lists.cpp), and what they share.
// Internal to the classify stage.
#pragma once

#include "page.hpp"

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace archive {

/// "Reply", "Antworten": a comment's answer button (lexicon section reply_buttons) alone on its line, printed three
/// times at least on the page.
bool lone_reply_button(const Block& b);

/// "17.10.2019, 14:14 Antworten", "Reply": a comment's date and time with the button to answer it, or the button
/// alone printed under each comment (region.cpp).
bool comment_header(const Block& b, std::string_view language);

/// "16:12", "4:52 PM": a time of day (a colon between a digit and two digits) somewhere in the line (region.cpp).
bool has_clock(std::string_view line);

/// "Jane Roe / @janeroe / <the post's text> / 4:52 PM · Dec 2, 2026 / 12.4K / Reply / Copy link / Read 1.1K replies":
/// the card of a post of a social network embedded in the page, its account's handle alone on line `handle`. One
/// past the card's last line (its time stamp and the counts and buttons under it); `handle` when no card is there
/// (region_past_boxes.cpp).
std::size_t embed_card_end(const Page& p, std::size_t handle);

/// The first line of the card whose handle stands at `handle` (its account's name right over it, when one is).
std::size_t embed_card_start(const Page& p, std::size_t handle);

/// "... the exchange on X. / <an embedded post's card> / The senator's spokesman said ...": the text going on under
/// the card of an embedded post right under the region's last paragraph joins the region.
std::pair<std::size_t, std::size_t> take_text_past_embed(const Page& p, std::size_t rs, std::size_t re);

/// "... only one end of it should touch metal. / Reply / Like / Report / quietcoil / New member / Feb 11, 2025 / #5 /
/// Good point, checked it ...": the next post of a forum's thread under the region's last post (its buttons and the
/// next post's header between them, that header's number following one the region holds) joins the region, and so
/// do the posts after it.
std::pair<std::size_t, std::size_t> take_next_posts(const Page& p, std::size_t rs, std::size_t re);

/// "Share this article", "Folge mir auf Instagram!", "Vous avez aimé cet article ? Partagez-le !": a call asking the
/// reader to share, follow, like or comment on the page (lexicon section reader_call_words) naming the page or the
/// channel it goes through (reader_channel_words), and the reader or the site ("you", "uns", "vous":
/// reader_person_words) unless it is a button of a dozen words at most. Asked at the region's edges; within an
/// article, "The mayor will share the plan on Facebook" is its text, and only a button of a few words without a final
/// mark is asked (share_button()).
bool reader_prompt(const Block& b);

/// "NEW You can now listen to our articles!", "Cet article vous a été utile ? Sachez qu'il vous est proposé par un
/// journaliste de la rédaction.", "War dieser Artikel hilfreich?": a notice to the reader about the article itself, a
/// question or a call (a "?" or a "!") of twenty words at most naming the article (lexicon section
/// article_self_words) and what it offers or asks (article_service_words: hearing it read aloud, whether it helped).
/// Asked at the region's edges only: "The report was helpful, she said!" within the text is the text.
bool article_service_notice(const Block& b);
/// "Como asociados de Amazon, obtenemos ingresos por las compras adscritas ...", "As an Amazon Associate we earn from
/// qualifying purchases.": a shop's affiliate programme notice, a phrase of the lexicons' [affiliate_program_phrases]
/// in a line of forty words at most. Asked at the region's end only.
bool affiliate_program_notice(const Block& b);

/// "CLICK HERE TO GET THE HARBOUR NEWS APP", "Téléchargez l'appli Ouest-Journal", "Jetzt die App herunterladen!":
/// a call to get the site's app, ten words at most, not closed by a stop or a question mark, naming an app (lexicon
/// section app_words) and a call's verb (app_call_words, reader_call_words). Between two paragraphs it is the page's,
/// and the text goes on under it; "The council will launch an app for the ferry." is a sentence of the text.
bool app_promo(const Block& b);

/// "This story was written under the Local Democracy Reporting Service, a scheme paid for by the BBC.", "Ce reportage
/// a bénéficié du soutien du Fonds de journalisme régional.", "Dieser Beitrag wurde gefördert von der Stiftung
/// Lokaljournalismus.": a note under the article on who paid for it, the piece named by a demonstrative opening the
/// line (lexicon section funding_subjects) and a phrase of paying or supporting after it (funding_phrases); forty
/// words at most. Asked at the region's end only: "The report was funded by the ministry." in the text names no
/// such demonstrative.
bool funding_note(const Block& b);

/// "... a paragraph. / Partager cet article / Les tarifs ne changeront pas ... / Le maire a salué ...": a share
/// button that a language's closing phrases list ("Share this article", "Diesen Artikel teilen") ends the article only
/// when what follows is no more of it; two paragraphs of prose right under it (the second may be a shorter sentence)
/// are the article going on past a button printed in its middle. ("Schreibe einen Kommentar" / "Deine E-Mail-Adresse
/// wird nicht veröffentlicht. ...": a call to comment opens the thread's form, which its notices follow.)
bool share_button_in_text(const Page& p, std::size_t at);

/// "Please enable JavaScript to view the comments.", "Kommentare werden moderiert und erscheinen erst nach der
/// Freigabe.": a note of the comment form under the article, a comment (lexicon section comment_nouns) and the form's
/// rules (comment_rule_words: moderation, spam, JavaScript, respect), one such word in a line of 15 words at most, two
/// in a longer one. Asked at the region's edges only.
bool comment_form_notice(const Block& b);

/// "Three things changed: / A wider gangway / Heated seats", "... the region. / The new ferry: / Length: 48 metres /
/// Passengers: 320": the end (exclusive) of the list under line `last`: the two to ten short entries its colon
/// announces (not a title's, every word capitalised), then blocks of two to twenty rows of facts, each under a lead
/// closed by a colon or none; last + 1 when none follows. A line printed elsewhere, a link, a furniture's phrase or
/// a prompt is no part of it.
std::size_t announced_list_end(const Page& p, std::size_t last);
/// A line that may stand in a list under the article: its own (not printed elsewhere on the page, no furniture's
/// phrase, no label ending the article, no link) and no prompt or notice (region_facts.cpp).
bool list_line(const Page& p, std::size_t k);

/// "14:20 Uhr / <a short sentence> / Teilen / 13:55 Uhr / <title> / <text> / Teilen / ...": the weights `w` of
/// main_region() over a live blog's entries, three time stamps alone on their lines at least close together: a short
/// sentence under its stamp weighs like a paragraph, the stamps and the buttons printed under each entry nothing
/// (region_live.cpp).
void weigh_live_entries(const Page& p, std::vector<double>& w);
/// "14:20", "9:05 Uhr", "14h20", "vor 5 Minuten", "12 min ago": a live blog entry's time stamp alone on its line.
bool entry_stamp(const Block& b);
/// "7'", "45+2'", "90'+4", "90.+4": the minute of a match a sports ticker's entry was written at, alone on its
/// line (region_live.cpp).
bool minute_stamp(const Block& b);

/// The steps of trim_region() that widen the run [rs, re] (inclusive) by the lines next to it that join it
/// (region_joins.cpp, region_past_boxes.cpp, region_facts.cpp): the short sentences right under its last paragraph,
/// two at most; the list or the table of facts that paragraph announces; a correction note closing the text under a
/// box of related articles; the author's farewell and sign-off under it. Each returns the run as it leaves it.
// A sentence of three or four words (a capital first, a full stop last, a quarter of its words stopwords), and one
// closing the region [.., re] at line k: see region_joins.cpp.
bool terse_sentence(const Block& b, std::string_view language);
bool terse_closing_sentence(const Page& p, std::size_t k, std::size_t re);
/// "Die Lücke beträgt rund zwölf Milliarden Euro.", "Le déficit atteint 1,2 milliard de francs.": a short sentence
/// stating a figure, few of its words stopwords (region_joins.cpp).
bool figure_sentence(const Block& b, std::string_view language);
/// A figure_sentence() under a good paragraph of the region [rs, re] with another one lower in it: text of the article.
bool figure_between_paragraphs(const Page& p, std::size_t k, std::size_t rs, std::size_t re);
/// "Die Polizei ermittelt.", "—Es lo que hay —dice Carmen.": a paragraph of one short sentence, as a brief prints
/// them; a brief's region [rs, re] (its paragraphs rated good hold few words); line k, a run of such sentences under
/// the region's last paragraph, text of the article (region_joins.cpp).
bool brief_sentence(const Block& b, std::string_view language);
/// "National Highways said two lanes reopened at 11.20am.": a short sentence reporting what someone said, with a verb
/// of saying after its first word, few of its words stopwords (region_joins.cpp).
bool reported_sentence(const Block& b, std::string_view language);
/// "Coup d'envoi à 20 heures au gymnase Jean-Moulin.": a short sentence telling when (a figure, a weekday, a time of
/// the day), few of its words stopwords; line k, one closing the region [.., re], text of the article (region_joins.cpp).
bool timed_sentence(const Block& b, std::string_view language);
bool timed_closing_sentence(const Page& p, std::size_t k, std::size_t re);
bool brief_region(const Page& p, std::size_t rs, std::size_t re);
bool brief_closing_sentence(const Page& p, std::size_t k, std::size_t rs, std::size_t re);
/// "Mehr zum Thema / <title> / Die Opposition stimmte dagegen. / <paragraph>": line k, a brief_sentence() right
/// under a related article's box closed in the region [rs, re], over text, is text going on (region_joins.cpp).
bool sentence_under_related_box(const Page& p, std::size_t k, std::size_t rs, std::size_t re);
/// "... / What else is happening / A jury found the officer not guilty. / Astronomers spotted a new comet.": line h
/// heads the article's closing section under its last paragraph (a heading's shape, two to five words); the end of
/// the short sentences it heads (a brief's up to eight, `brief`), h when none (region_joins.cpp).
bool closing_section_head(const Page& p, std::size_t h);
/// "Tipps", "Advice", "Conseils", "Consigli", "Recomendaciones": a word alone naming the advice a list of short
/// sentences under it gives (lexicon section advice_heading_words) (region_joins.cpp).
bool advice_heading(const Block& b);
/// "Über Kathrin", "About Jane Roe": the title of the box presenting the author, a word of the lexicons'
/// [about_name_titles] over a name of one to three words (region_author_boxes.cpp).
bool about_name_title(const Block& b);
std::size_t closing_section_end(const Page& p, std::size_t h, bool brief);
/// The last of the short sentences right under line `end` that close the article (`most` of them at most; `text_too`:
/// a sentence jusText rates text too; `brief`: a brief's sentences too, brief_sentence()); `end` when there is none
/// (region_joins.cpp; the lists, boxes and players under the text end on them too).
std::size_t closing_sentences_end(const Page& p, std::size_t end, bool text_too = false, std::size_t most = 2,
                                  bool brief = false);
std::pair<std::size_t, std::size_t> take_closing_sentences(const Page& p, std::size_t rs, std::size_t re);
std::pair<std::size_t, std::size_t> take_announced_list(const Page& p, std::size_t rs, std::size_t re);
std::pair<std::size_t, std::size_t> take_note_under_related(const Page& p, std::size_t rs, std::size_t re);
std::pair<std::size_t, std::size_t> take_sign_off(const Page& p, std::size_t rs, std::size_t re);
std::pair<std::size_t, std::size_t> take_closing_answers(const Page& p, std::size_t rs, std::size_t re);
/// "Councillors said they would ask the operator to restore the sailings.": line k, a paragraph of prose (rated text,
/// twelve words at least, a sentence's shape and stop) that is no notice, prompt or author's box: the article's text
/// going on under a box or a list between its paragraphs (region_past_boxes.cpp).
bool text_going_on(const Page& p, std::size_t k);
/// "Lesen Sie auch", "Related:", "Czytaj także": a label announcing links to other articles (lexicon section
/// related_labels), five words at most, alone on its line, or a label naming the site (site_related_label()).
bool related_label(const Block& b);
/// "Read more from Harbour News:", "Mehr von Hafenblatt:", "À lire aussi sur Le Journal du Val :": a label over links
/// to other articles that names the site, an opening of the lexicon section related_source_labels, then a word in
/// capitals, closed by a colon, ten words at most. The short lines glued under it are its titles (region_teasers.cpp).
bool site_related_label(const Block& b);

/// "Mehr zum Thema / <long title> / <long title> / Treffen am Sonntag / <paragraph>": the line where the text resumes
/// under a box of links at line `at` whose titles run up to `resume`: the box's last line when it is the cross-head
/// of the text's next section (region.cpp), else `resume`.
std::size_t heading_over_text(const Page& p, std::size_t at, std::size_t resume);
/// "... vergeben. / Mehr zum Thema / Sanierung der B49 ... / Limburg: Neue Elektrobusse ... / Die neue Brücke wird
/// 180 Meter lang und bekommt einen Radweg. / <paragraph>": on a page copied without blank lines, a box of related
/// links at line `at` (its label, related_label(), then one to four titles of three to twenty words with no stop,
/// all glued) inside the text: the line where the text resumes, a paragraph of prose (text_going_on()) with a second
/// one or a sentence of eight words under it (a card's summary has the next card's title under it, no sentence); 0
/// for none.
std::size_t glued_box_text(const Page& p, std::size_t at);
/// "... a paragraph. / Read more / Kilbride ice rink opens in the market square / Skaters can take to the Kilbride
/// ice rink from Saturday. / Share": a related label or a link's button (related_label(), more_link(), no terminator)
/// at line `at` over one title (three to twenty words, no stop but a question mark) over a card's summary, the last
/// paragraph of prose there, which retells two words of the title and goes on with no story told over the box (it
/// fails story_goes_on()): no text of the article, however it is printed (region_past_boxes.cpp).
bool card_summary_under(const Page& p, std::size_t at);
/// "... a paragraph. / Conteúdo exclusivo para assinantes / Assine já / Já é assinante? Entrar / <paragraph>": a
/// paywall's prompt opening at line `at` (paywall_cut()), its buttons under it (six short lines at most, no link,
/// none printed again), over a paragraph of prose (text_going_on()), the article printed whole under the prompt: the
/// line where the text resumes, 0 for none (region_past_boxes.cpp).
std::size_t text_past_paywall(const Page& p, std::size_t at);
/// The numbered items under the region's last two (next_in_series()) and the short sentences closing them.
std::pair<std::size_t, std::size_t> take_numbered_items(const Page& p, std::size_t rs, std::size_t re);
/// "Vendredi 5 décembre à 11h : inhumation au cimetière municipal.", "Samstag, 6. Dezember, 14 Uhr: Führung durch die
/// Altstadt.": a programme's item, the day and hour of an event (a figure before the colon), then what happens there
/// in a clause of four words at least closed by a stop.
bool programme_item(const Block& b);
/// The items of a programme under the region's last two (programme_item()) and the short sentences closing them.
std::pair<std::size_t, std::size_t> take_programme_items(const Page& p, std::size_t rs, std::size_t re);
/// "Turnout: 48 %", "Open: zeven dagen per week": where a fact's label ends, its colon (followed by a space), when the
/// line opens with a label holding no figure ("14:05 Ferries return" is a time); npos otherwise.
std::size_t fact_label_end(std::string_view line);
/// "Wat is de Kennedytunnel? / Geopend in 1969 / Drie kokers: ... / ...": one past the last item of the box of facts
/// whose title is line `title` (three to eight short items, half of them with a figure); `title` when there is
/// none; `figures`, when given, is set to how many items hold a figure or are a label and its value ("Open: zeven
/// dagen per week"). The box right under the region's last paragraph joins it (take_fact_box()).
std::size_t fact_box_end(const Page& p, std::size_t title, std::size_t* figures = nullptr);
std::pair<std::size_t, std::size_t> take_fact_box(const Page& p, std::size_t rs, std::size_t re);
/// "... an den Preis für CO₂-Zertifikate, der seit / Jetzt weiterlesen mit Z+ / Sie haben bereits ein Abo? Hier
/// anmelden", "... the council had said in a letter that / Subscribe to read on / Already a subscriber? Log in": line
/// `k`, a paragraph of text (sixteen words at least, rated good) that ends on a word or a comma with no stop, under
/// which a paywall's prompt stands within three lines (paywall_cut(), closing_notice()): the free text cut off
/// mid-sentence. It is text all the same, and the record warns that the text is cut (region_edges.cpp).
bool cut_before_paywall(const Page& p, std::size_t k);
/// The slides of a gallery in the region that go on under its end, past a paragraph or a link between two slides.
std::pair<std::size_t, std::size_t> take_gallery_slides(const Page& p, std::size_t rs, std::size_t re);

/// "<paragraph> / Sign up for our newsletter / <its blurb> / Sign up / <paragraph>": the run [rs, re] widened past the
/// boxes of a few short lines under its last paragraph (a sign-up form, a teaser of one article, a banner and its
/// buttons) to the paragraphs of prose under each; no box of several titles, no comment thread (region_past_boxes.cpp).
std::pair<std::size_t, std::size_t> take_text_past_box(const Page& p, std::size_t rs, std::size_t re);
/// "... <text> / Video / <title> / 02:15 / <text>": the text under a video player between the article's lines joins the
/// region (region_past_boxes.cpp).
std::pair<std::size_t, std::size_t> take_text_past_video(const Page& p, std::size_t rs, std::size_t re);
/// "02:34", "1:02:10": a video's length alone on its line (media.cpp).
bool video_length(const Block& b);

/// "Venue: The old pier", "Alkoholgehalt: 10 % vol.", "Lieu : salle des fêtes": line k, a row of facts (table_row())
/// that is a label of four words at most, a colon and its value, no link, notice or prompt; it may be printed
/// elsewhere on the page (an event's rows for each of its dates) (region_facts.cpp). `long_value`: the value may run to
/// a paragraph, eighty words in all ("Beschreibung: Töte den Wächter und sammle 200 Kristalle ...").
bool record_row(const Page& p, std::size_t k, bool long_value = false);
/// The rows of facts from line `first` (a record_row()) on, before line `to`: rows among which three lines at most
/// follow one another that are no row (a month's heading, a sentence, a label over the next rows; thirty words at
/// most, none printed elsewhere, no furniture's phrase, notice or prompt). `last` is the last row that is no footer's
/// and `facts` the count of rows up to it, 0 when the rows are no record of facts: fewer than three besides the
/// footer's, or half of them or more a footer's (contact, legal, shipping, cookie or filing labels: lexicon section
/// footer_label_words), which neither count nor close the run.
struct FactRecords {
    std::size_t first, last;
    std::size_t rows, footer;
    std::size_t facts = 0;
};
FactRecords fact_records(const Page& p, std::size_t first, std::size_t to);
/// "Termin: 13.03.2026, 19 Uhr / Ort: Alte Schmiede / Thema: Whiskys / Eintritt: 62 Euro": whether line k (a
/// record_row()) is one of the rows of a record of facts (fact_records()) inside the region [rs, re], no date line of
/// the page however much of it is a date (region_facts.cpp).
bool fact_record_line(const Page& p, std::size_t k, std::size_t rs, std::size_t re);
/// "... more dates will follow. / March / Date: 6 March, 7 pm / Venue: The old pier / Entry: 58 euros / Date: ...",
/// "... zu leichten Vorspeisen. / Details / Alkoholgehalt: 10 % vol. / Region: Napa Valley / ...": the run [rs, re]
/// widened to the last row of the records of facts (fact_records()) under its last paragraph, four short labels at
/// most over their first row (region_facts.cpp).
std::pair<std::size_t, std::size_t> take_fact_records(const Page& p, std::size_t rs, std::size_t re);

/// "Infos pratiques / Jusqu'au 28 avril ... / Tarifs : de 15 à 38 euros.": one past the last line of a box of
/// practical information whose title (lexicon section practical_box_titles) is line `title`, its lines printed
/// together under it; `title` when no such box opens there (region_facts.cpp).
std::size_t practical_box_end(const Page& p, std::size_t title);
/// The run [rs, re] widened to the last line of a box of practical information (practical_box_end()) among the
/// region's last lines or right under it, closing the article (region_facts.cpp).
std::pair<std::size_t, std::size_t> take_practical_box(const Page& p, std::size_t rs, std::size_t re);

/// "Sondaggio / Secondo te il Comune fa abbastanza? / Sì / No / Vota", "Umfrage: Soll ...? / Ja / Nein / 1.234
/// Stimmen": one past the last line of a readers' poll or quiz opening at `at` (its question labelled, or under its
/// label alone on a line; two answers at least, a quiz's next question among them; the count of votes), `at` when
/// none opens there (signup_boxes.cpp).
std::size_t poll_box_end(const Page& p, std::size_t at);

/// The first line of the region opening at `rs` once a box of facts right over it (a dozen lines at most, half of them
/// rows of facts, none text) and the two sentences or more over that box join it; rs when there is no such box
/// (region_facts.cpp).
std::size_t text_over_facts(const Page& p, std::size_t rs);

/// "<last paragraph> / Corn eased 0.2%, while soybeans were flat. / Reporting by Sam Holt; Editing by Anna White": the
/// line of the credit closing the text (a wire's credit line, a contributors' note, the agency's tag; the author's box
/// closed by its link, the note on the print edition) under at most four sentences from `from` on (advertisements'
/// labels among them skipped), or 0 where no credit closes them; the last of those sentences in *last_sentence
/// (region_edges.cpp).
std::size_t credit_under_sentences(const Page& p, std::size_t from, std::size_t* last_sentence = nullptr);

/// The run [rs, re] (inclusive) with its edges trimmed: the first comment, the author's box, closing notices and
/// titles under the article leave it; its closing sentences and the author's sign-off join it.
std::pair<std::size_t, std::size_t> trim_region(const Page& p, std::size_t rs, std::size_t re);

/// "This is a developing story. Check back for updates.", "Mehr in Kürze.", "Noticia en ampliación": the page's notice
/// that the story is in progress or that more will follow, boilerplate wherever it stands (notices.cpp).
bool progress_notice(const Block& b);
/// "(This story has not been edited by Harbour News staff and is auto-generated from a syndicated feed.)": the
/// publisher's note that the text comes from a feed (notices.cpp).
bool feed_note(const Block& b);
/// That notice leaves the body wherever it stands in the region (region_body_drops.cpp, from drop_paywall_badges()).
void drop_progress_notices(Page& p, std::size_t rs, std::size_t re);
/// "É jornalista e escreve sobre economia desde 2010.", "Journaliste, elle couvre la justice depuis 2015.": the
/// author's box printed without her name, one sentence opening with a job of the press and its comma, or with a verb
/// of the box and such a job, reporting nobody's words (region_author_boxes.cpp).
bool nameless_bio(const Block& bio, std::string_view language);
/// "Über uns / Wir sind ein Team von ... / Jonas Hebel ist Redakteur im Ressort Sport ... / Karin Lutz ist Fotografin
/// ... / Wir finanzieren uns über Abonnements ...": line k, a box presenting a writer (author_bio()), is one of two or
/// more such lines in a row under which a paragraph of prose goes on (eight words or more, closed by its stop, rated
/// text, no notice): the page's people presented amid its text (an about page's), no author's box ending the article
/// (region_author_boxes.cpp).
bool people_amid_text(const Page& p, std::size_t k);
/// "This article was reviewed by our fact-checking desk." / "Correction: An earlier version of this story ...": the
/// page's note on how the article was checked, the region's last line or the one right over the correction note
/// closing it, leaves the body; the correction stays the text's last paragraph (region_body_drops.cpp).
void drop_fact_check_notes(Page& p, std::size_t rs, std::size_t re);

/// "Abo", "Abonnés", "Premium", "BZ+": a subscribers' badge of one word alone on its line (notices.cpp).
bool subscriber_badge(const Block& b);

/// "By Jane Roe / March 12, 2025 / Why the bridge matters / <paragraph>": the heading that opens the body, right under
/// the byline or date lines (a heading of its kind further down in the region) or a live blog's pinned label, opens
/// the region [rs, re]: the region's new start (region_body_drops.cpp).
std::size_t heading_over_region(Page& p, std::size_t rs, std::size_t re);

} // namespace archive
