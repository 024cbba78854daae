// Tests of the article's region at its edges: the prompts over and under it, the author's box, the short sentence,
// quotation or farewell closing it, the notices of the site's license and of errors.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

using namespace archive;
using archive::test::article_with_tail;
using archive::test::check_block_notices;
using archive::test::check_notices;
using archive::test::check_tail_leaves;
using archive::test::contains;
using archive::test::has_paragraph_starting;
using archive::test::NoticeRow;
using archive::test::paragraphs_of;


TEST_CASE("a prompt printed under an article needs fewer of its words", "[region][promo]") {
    const NoticeRow rows[] = {
        {"Lust auf mehr? Die besten Geschichten jede Woche kostenlos in deinem Posteingang.", true},
        {"Jetzt 3 Ausgaben gratis erhalten!", true},
        {"Already a subscriber? Sign in to read the full report.", true},
        {"Abonnez-vous et recevez chaque matin nos meilleurs articles.", true},
        {"¿Ya eres suscriptor? Inicia sesión para tener acceso.", true},
        {"The council will vote on the final bill in the spring, when the summer timetable begins.", false},
        {"Der Gemeinderat stimmt im Frühling über den Kredit ab, wenn der Sommerfahrplan beginnt.", false},
        {"Jetzt einfach hier klicken und registrieren!", true},
        // The edition to order or read online, a click away; a disclaimer under a newsletter's form.
        {"Den Hafenkurier gibt es jetzt auch digital! Einfach hier klicken und für die digitale Ausgabe registrieren!", true},
        {"Le Courrier existe aussi en version numérique : cliquez ici et commandez votre numéro !", true},
        {"El Diario del Puerto también en digital: haz clic aquí y lee todas las noticias gratis.", true},
        {"You may sometimes receive promotional offers from Harbour Weekly.", true},
        {"The latest news and insights from our harbour desk, every Friday.", true},
        {"The latest news came from the harbour on Friday, when the council met.", false},
        {"Die digitale Ausgabe des Plans liegt im Rathaus aus, sagte der Bürgermeister.", false},
        {"The report on the new quay is due next month, the council said today.", false},
        {"Der Bericht über den neuen Kai kommt im nächsten Monat, sagte der Gemeinderat heute.", false},
        {"Les abonnés du port ont reçu une lettre du conseil municipal, qui votera le budget au printemps après de "
         "longs débats sur les quais, les horaires et les tarifs des bateaux.",
         false},
    };
    check_notices(rows, closing_notice, closing_notice);
}

TEST_CASE("the prompts under the article's last paragraph leave the region", "[region][promo]") {
    // Too few prompt words for a prompt inside the article.
    const std::string en_prompt = "Already a subscriber? Then you can simply log in here and read every one of our stories right away.";
    CHECK_FALSE(is_promo_notice(en_prompt));
    Article a = classify(segment(article_with_tail("en", en_prompt + "\nShare\n")), "en");
    CHECK(has_paragraph_starting(a, "The council will vote"));
    CHECK_FALSE(has_paragraph_starting(a, "Already a subscriber"));

    const std::string de_prompt =
        "Lust auf mehr? Dann lass dir die besten Geschichten unserer Redaktion jede Woche in deinen Posteingang liefern.";
    Article b = classify(segment(article_with_tail("de", de_prompt + "\nTeilen\n")), "de");
    CHECK(has_paragraph_starting(b, "Der Gemeinderat stimmt"));
    CHECK_FALSE(has_paragraph_starting(b, "Lust auf mehr"));
}

TEST_CASE("the prompts over the article's first paragraph leave the region", "[region][promo]") {
    const std::string en = R"(Harbour Weekly
Local
Sign up for a free account and receive the latest stories of the harbour every single week.
Register
New lighthouse lamp for the northern cape
The old lamp of the northern cape was taken down on Monday after ninety years of service to the fishing fleet.
Engineers fitted a lamp that uses a tenth of the power and can be seen from twice as far out at sea.
The keepers' cottage will become a small museum of the coast, with the old lamp at the centre of its only room.
)";
    Article a = classify(segment(en), "en");
    CHECK(has_paragraph_starting(a, "The old lamp"));
    CHECK_FALSE(has_paragraph_starting(a, "Sign up"));
    const std::string de = R"(Hafenblatt
Lokales
Melde dich jetzt kostenlos an und erhalte jede Woche die neuesten Geschichten aus dem Hafen.
Registrieren
Neue Lampe für den Leuchtturm am Nordkap
Die alte Lampe am Nordkap wurde am Montag nach neunzig Jahren im Dienst der Fischerflotte abgebaut.
Die Techniker bauten eine Lampe ein, die ein Zehntel des Stroms braucht und doppelt so weit zu sehen ist.
Das Haus der Wärter wird ein kleines Museum der Küste, mit der alten Lampe in der Mitte seines einzigen Raums.
)";
    Article b = classify(segment(de), "de");
    CHECK(has_paragraph_starting(b, "Die alte Lampe"));
    CHECK_FALSE(has_paragraph_starting(b, "Melde dich"));
}

TEST_CASE("a short quotation with its verb of saying is a line of the article, also as its last line", "[region][quote]") {
    struct Row {
        const char* language;
        const char* line;
        bool quote;
    };
    const Row rows[] = {
        {"en", "\"Nothing is decided yet,\" the minister replied.", true},
        {"fr", "«Rien n'est encore décidé», a répondu le ministre.", true},
        {"de", "„Noch ist nichts entschieden“, sagte der Minister.", true},
        {"it", "«Non è ancora deciso nulla», ha detto il ministro.", true},
        {"es", "«Todavía no hay nada decidido», dijo el ministro.", true},
        {"en", "\"Harbour Weekly\" is read in every port.", false}, // marks, no verb of saying
        {"en", "The minister said nothing more to us.", false},       // a verb of saying, no marks
        {"en", "\"Nothing is decided yet,\" the minister replied", false}, // no full stop: a teaser title
        {"fr", "«Non», dit-il.", false},                                    // two words
    };
    for (const auto& r : rows) {
        INFO(r.line);
        Block b = segment(r.line).at(0);
        CHECK(attributed_quote(b, r.language) == r.quote);
        CHECK((block_quality(b, r.language) == Quality::near_good) == r.quote);
    }
    for (const char* lang : {"en", "de"}) {
        const std::string last = std::string(lang) == "en" ? "\"We will keep the old lamp,\" the keeper said."
                                                          : "„Wir behalten die alte Lampe“, sagte die Wärterin.";
        Article a = classify(segment(article_with_tail(lang, last + "\n")), lang);
        INFO(lang);
        CHECK(has_paragraph_starting(a, last));
    }
}

namespace {
// The lighthouse article signed "By Maeve Doyle", with `inside` before its last paragraph and `tail` after it.
std::string signed_article_en(const std::string& inside, const std::string& tail) {
    return "Harbour Weekly\nLocal\nNew lighthouse lamp for the northern cape\nBy Maeve Doyle\n"
           "The old lamp of the northern cape was taken down on Monday after ninety years of service to the fishing "
           "fleet.\n"
           "Engineers fitted a lamp that uses a tenth of the power and can be seen from twice as far out at sea.\n" +
           inside +
           "The keepers' cottage will become a small museum of the coast, with the old lamp at the centre of its only "
           "room.\n" +
           tail;
}
} // namespace

TEST_CASE("the box presenting the author under the article leaves the body, found by the byline's name", "[region][author]") {
    // The last text, under a line with the author's name; the name line leaves too.
    Article a = classify(segment(signed_article_en("", "Maeve Doyle\n"
                                                       "Reporter for the coast since 2015, covering the ferries, the "
                                                       "fleet and the weather on the cape.\n"
                                                       "Related stories\n")),
                         "en");
    CHECK(has_paragraph_starting(a, "The keepers' cottage"));
    CHECK_FALSE(has_paragraph_starting(a, "Reporter for the coast"));
    CHECK_FALSE(has_paragraph_starting(a, "Maeve Doyle"));

    // Under its own title, between the article and more of its text: a paragraph opening with the author's name.
    const std::string de = R"(Hafenblatt
Lokales
Neue Lampe für den Leuchtturm am Nordkap
Von Lena Brandt
Die alte Lampe am Nordkap wurde am Montag nach neunzig Jahren im Dienst der Fischerflotte abgebaut.
Die Techniker bauten eine Lampe ein, die ein Zehntel des Stroms braucht und doppelt so weit zu sehen ist.
Autoreninfo
Lena Brandt segelt seit ihrer Kindheit und wohnt mit ihrer Familie direkt am Hafen von Nordby.
Das Haus der Wärter wird ein kleines Museum der Küste, mit der alten Lampe in der Mitte seines einzigen Raums.
Der Gemeinderat stimmt im Frühling über den Kredit ab, wenn der Sommerfahrplan beginnt.
)";
    Article b = classify(segment(de), "de");
    CHECK(has_paragraph_starting(b, "Das Haus der Wärter"));
    CHECK_FALSE(has_paragraph_starting(b, "Lena Brandt segelt"));

    // The article's last paragraph, opening with the name in capitals.
    const std::string fr = R"(Le Courrier du Port
Société
Une nouvelle lampe pour le phare du cap Nord
Par Jeanne Morel
L'ancienne lampe du cap Nord a été démontée lundi après quatre-vingt-dix ans au service de la flotte de pêche.
Les techniciens ont installé une lampe qui consomme dix fois moins et se voit deux fois plus loin en mer.
La maison des gardiens deviendra un petit musée de la côte, avec l'ancienne lampe au centre de son unique salle.
JEANNE MOREL suit depuis dix ans les questions maritimes et les métiers du port pour notre rédaction.
Commentaires
)";
    Article c = classify(segment(fr), "fr");
    CHECK(has_paragraph_starting(c, "La maison des gardiens"));
    CHECK_FALSE(has_paragraph_starting(c, "JEANNE MOREL"));
}

TEST_CASE("the author's name over a paragraph opening with it and naming a job of the press is the author's box",
          "[region][author]") {
    check_tail_leaves("en",
                      "Tom Fisher\nTom Fisher came to the paper from a radio station in the north. He covers the "
                      "ferries, the fleet and the weather on the cape.\nView profile\n",
                      "Tom Fisher came to the paper");
    check_tail_leaves("de",
                      "Lena Brandt\nLena Brandt kam vor zehn Jahren von einem Radiosender aus dem Norden. Sie ist "
                      "Redakteurin im Ressort Hafen und Küste.\nProfil ansehen\n",
                      "Lena Brandt kam vor zehn Jahren");
    const std::string fr = R"(Le Courrier du Port
Société
Une nouvelle lampe pour le phare du cap Nord
L'ancienne lampe du cap Nord a été démontée lundi après quatre-vingt-dix ans au service de la flotte de pêche.
Les techniciens ont installé une lampe qui consomme dix fois moins et se voit deux fois plus loin en mer.
La maison des gardiens deviendra un petit musée de la côte, avec l'ancienne lampe au centre de son unique salle.
Jeanne Morel
Jeanne Morel est arrivée de Brest il y a dix ans. Journaliste, elle suit les questions maritimes et les métiers du port.
Voir le profil
)";
    Article c = classify(segment(fr), "fr");
    CHECK(has_paragraph_starting(c, "La maison des gardiens"));
    CHECK_FALSE(has_paragraph_starting(c, "Jeanne Morel est arrivée"));
    // A person presented in the article's last lines, without a job of the press, is its text.
    Article d = classify(segment(article_with_tail("en", "Anna Berg\nAnna Berg runs the bakery on the quay and opens "
                                                         "it at five every morning for the crews of the fleet.\n")),
                         "en");
    CHECK(has_paragraph_starting(d, "Anna Berg runs the bakery"));
}

TEST_CASE("the name of the byline printed again over a paragraph opening with it is the author's box",
          "[region][author]") {
    // Whatever the paragraph tells of the author, past a button under the name; the article's last paragraph stays.
    struct Row {
        const char* lang;
        const char* name;
        const char* article; // headline, then the name as the byline, then the text
        const char* bio;
        const char* last;
    };
    const Row rows[] = {
        {"en", "Tom Fisher",
         "New lighthouse lamp for the northern cape\nTom Fisher\n"
         "The old lamp of the northern cape was taken down on Monday after ninety years of service to the fleet.\n"
         "Engineers fitted a lamp that uses a tenth of the power and can be seen from twice as far out at sea.\n"
         "The council will vote on the final bill in the spring, when the summer timetable begins.\n",
         "Tom Fisher grew up on the cape and has walked its piers and cliffs every morning for forty years.",
         "The council will vote"},
        {"de", "Lena Brandt",
         "Neue Lampe für den Leuchtturm am Nordkap\nLena Brandt\n"
         "Die alte Lampe am Nordkap wurde am Montag nach neunzig Jahren im Dienst der Fischerflotte abgebaut.\n"
         "Die Techniker bauten eine Lampe ein, die ein Zehntel des Stroms braucht und doppelt so weit leuchtet.\n"
         "Der Gemeinderat stimmt im Frühling über den Kredit ab, wenn der Sommerfahrplan beginnt.\n",
         "Lena Brandt wuchs am Nordkap auf und läuft seit vierzig Jahren jeden Morgen über die Stege und Klippen.",
         "Der Gemeinderat stimmt"},
        {"fr", "Jeanne Morel",
         "Une nouvelle lampe pour le phare du cap Nord\nJeanne Morel\n"
         "L'ancienne lampe du cap Nord a été démontée lundi après quatre-vingt-dix ans au service de la flotte.\n"
         "Les techniciens ont installé une lampe qui consomme dix fois moins et se voit deux fois plus loin.\n"
         "Le conseil votera le crédit au printemps, quand commencera l'horaire d'été des bateaux.\n",
         "Jeanne Morel a grandi au cap Nord et parcourt ses jetées et ses falaises chaque matin depuis quarante ans.",
         "Le conseil votera"},
        {"es", "Lucía Vargas",
         "Una nueva lámpara para el faro del cabo Norte\nLucía Vargas\n"
         "La vieja lámpara del cabo Norte fue retirada el lunes tras noventa años al servicio de la flota pesquera.\n"
         "Los técnicos instalaron una lámpara que gasta diez veces menos y se ve el doble de lejos en el mar.\n"
         "El concejo votará el crédito en primavera, cuando empiece el horario de verano de los barcos.\n",
         "Lucía Vargas creció en el cabo Norte y recorre sus muelles y acantilados cada mañana desde hace cuarenta años.",
         "El concejo votará"},
    };
    for (const auto& r : rows) {
        const std::string head = std::string("Harbour Weekly\nLocal\n") + r.article;
        const std::string foot = "Imprint\nPrivacy\n";
        INFO(r.lang);
        Article a = classify(segment(head + r.name + "\n+ Follow\n" + r.bio + "\n" + foot), r.lang);
        CHECK(has_paragraph_starting(a, r.last));
        CHECK_FALSE(has_paragraph_starting(a, r.name));
        // The same paragraph under a name that no byline printed tells of someone in the article: it stays.
        std::string unsigned_head = head;
        unsigned_head.erase(unsigned_head.find(r.name), std::string(r.name).size() + 1);
        Article b = classify(segment(unsigned_head + r.name + "\n" + r.bio + "\n" + foot), r.lang);
        CHECK(has_paragraph_starting(b, r.bio));
    }
}

TEST_CASE("a byline over the last paragraph opening with the author's first name is the author's box",
          "[region][author]") {
    check_tail_leaves("en",
                      "By Tom Fisher @tomfisher\nTom has been mad about boats since his uncle took him sailing, "
                      "starting with a rowing boat on the lake.\nImprint\n",
                      "Tom has been mad about boats");
    check_tail_leaves("de",
                      "Von Lena Brandt @lenabrandt\nLena ist seit ihrer Kindheit verrückt nach Booten und segelt "
                      "jeden Sommer um die Inseln.\nImpressum\n",
                      "Lena ist seit ihrer Kindheit");
    // Without the byline over it, the paragraph tells of someone in the article.
    Article a = classify(segment(article_with_tail("en", "Tom has been mad about boats since his uncle took "
                                                         "him sailing, starting with a rowing boat on the lake.\n"
                                                         "Imprint\n")),
                         "en");
    CHECK(has_paragraph_starting(a, "Tom has been mad about boats"));
}

TEST_CASE("a title naming someone after a word of 'about' over the last paragraph is the author's box",
          "[region][author]") {
    check_tail_leaves("en",
                      "About Maeve\nHi, I'm Maeve and I have walked the piers of the cape every morning for "
                      "forty years.\nImprint\n",
                      "Hi, I'm Maeve");
    check_tail_leaves("de",
                      "Über Lena Brandt\nHallo, ich bin Lena und laufe seit vierzig Jahren jeden Morgen über die "
                      "Stege am Kap.\nImpressum\n",
                      "Hallo, ich bin Lena");
    // fr and es over the English article: the title's words are looked up in every language.
    check_tail_leaves("en",
                      "À propos de Jeanne\nBonjour, je suis Jeanne et je marche sur les jetées du cap chaque matin "
                      "depuis quarante ans.\nMentions légales\n",
                      "Bonjour, je suis Jeanne");
    check_tail_leaves("en",
                      "Sobre Lucía\nHola, soy Lucía y recorro los muelles del cabo cada mañana desde hace cuarenta "
                      "años.\nAviso legal\n",
                      "Hola, soy Lucía");
    // A section about a thing ("About the new pier") is the article's.
    Article a = classify(segment(article_with_tail("en", "About the new pier\nThe new pier will open in May and "
                                                         "will take the ferries of the northern route.\nImprint\n")),
                         "en");
    CHECK(has_paragraph_starting(a, "The new pier will open"));
}

TEST_CASE("a sentence on the author inside the article's text stays", "[region][author]") {
    // Neither the last text nor under a title of its own.
    Article a = classify(segment(signed_article_en("Maeve Doyle has covered the cape for ten years and climbed the old "
                                                   "tower twice before it closed for the works.\n",
                                                   "")),
                         "en");
    CHECK(has_paragraph_starting(a, "Maeve Doyle has covered"));
    CHECK(has_paragraph_starting(a, "The keepers' cottage"));
}

TEST_CASE("a short sentence right under the article's last paragraph is its last line", "[region][closing]") {
    struct Row {
        const char* language;
        const char* line;
        bool kept;
    };
    const Row rows[] = {
        {"de", "Den Bericht des Hafenamts gibt es hier:", true},
        {"en", "The full report of the council is online.", true},
        // A question or a call asks the reader; a prompt stays out whatever its length.
        {"en", "Want more of the stories of the coast?", false},
        {"de", "Lust auf mehr Geschichten vom Hafen?", false},
        {"en", "Sign up for our free newsletter.", false},
        // A note on a change to the article, whatever its share of common words.
        {"en", "Update July 4th, 9:10AM ET: Added the harbour master's reply.", true},
        {"de", "Nachtrag, 12. Mai: Hafenamt bestätigt Sperrung bis Freitag.", true},
    };
    for (const auto& r : rows) {
        INFO(r.line);
        Article a = classify(segment(article_with_tail(r.language, std::string(r.line) + "\nShare this:\nTwitter\n")),
                             r.language);
        CHECK(has_paragraph_starting(a, r.line) == r.kept);
    }
}

TEST_CASE("the box presenting the site under the article leaves the region", "[region][about]") {
    check_tail_leaves("de",
                      "Über uns\nSeit vierzig Jahren berichten wir jede Woche aus dem Hafen, von den Fähren, den "
                      "Fischern und dem Wetter an der Küste.\nImpressum\n",
                      "Seit vierzig Jahren");
    check_tail_leaves("en",
                      "About this series\nEvery month our reporters spend a week on one of the islands and write about "
                      "the people who keep its harbour running.\nContact\n",
                      "Every month our reporters");
}

TEST_CASE("a short sentence right under the last paragraph closes the article", "[region][closing]") {
    const test::PageRow rows[] = {
        {"en", R"(Harbour Weekly
Ferries return to the eastern pier
After a winter of repairs on the northern quay, the ferries to the islands leave again from the eastern pier.
The harbour master said the new berths were safer than the old ones and would last for many years to come.
Fishermen welcomed the works, although the quay was closed for most of the winter and the market moved twice.
Jane Roe contributed to this report.
Share
Tweet
Most read
Council votes the new budget
Storm closes the coastal road
)", "Jane Roe contributed to this report."},
        {"de", R"(Hafenblatt
Die Fähren fahren wieder vom Ostkai
Nach einem Winter voller Reparaturen am Nordkai fahren die Fähren zu den Inseln wieder vom Ostkai ab.
Der Hafenmeister sagte, die neuen Liegeplätze seien sicherer als die alten und würden viele Jahre halten.
Die Fischer begrüßten die Arbeiten, obwohl der Kai den größten Teil des Winters geschlossen war.
Mitarbeit: Lena Brandt und Ole Jensen von der Redaktion.
Teilen
Twittern
Meistgelesen
Gemeinderat beschließt den Haushalt
Sturm sperrt die Küstenstraße
)", "Mitarbeit: Lena Brandt und Ole Jensen von der Redaktion."},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        CHECK(has_paragraph_starting(a, r.line));
        CHECK_FALSE(has_paragraph_starting(a, "Council votes"));
        CHECK_FALSE(has_paragraph_starting(a, "Gemeinderat"));
    }
    // A question under the article asks the reader for something.
    Article a = classify(segment(R"(Harbour Weekly
Ferries return to the eastern pier
After a winter of repairs on the northern quay, the ferries to the islands leave again from the eastern pier.
The harbour master said the new berths were safer than the old ones and would last for many years to come.
Fishermen welcomed the works, although the quay was closed for most of the winter and the market moved twice.
Do you want to read more stories like this one?
Share
Tweet
)"), "en");
    CHECK_FALSE(has_paragraph_starting(a, "Do you want"));
}

TEST_CASE("a live report's first entry under its minute stamps closes the article", "[region][closing]") {
    const test::PageRow rows[] = {
        {"fr", R"(Le Journal du Port
Valdor - Saint-Aubert : le direct
Valdor a tenu jusqu'au bout face à une équipe de Saint-Aubert qui a eu le ballon pendant presque tout le match.
88'
Le public se lève pour saluer les joueurs de Valdor qui défendent depuis une demi-heure devant leur propre but.
Le gardien de Valdor sort encore une fois devant l'attaquant adverse et garde le score intact pour les siens.
61'
Les visiteurs poussent mais la défense reste bien regroupée devant sa surface, sans laisser passer le moindre tir.
9'
4'
Les deux équipes s'observent en ce début de match.
0'
Tous les sports
Football
)", "Les deux équipes s'observent"},
        {"en", R"(Harbour Sports
Wendle v Orbury: live
Wendle held on to the end against an Orbury side that kept the ball for almost the whole of the second half.
88'
The crowd stands to cheer the Wendle players, who have been defending in front of their own goal for half an hour.
The Wendle keeper comes out once more in front of the striker and keeps the score as it is for his side.
61'
The visitors push forward but the defence stays tight in front of its area and lets no shot through at all.
9’
4’
Both sides are slow to start the match.
0’
All sports
Football
)", "Both sides are slow"},
        {"de", R"(Hafenblatt Sport
Wendel gegen Orbach: der Liveticker
Wendel hat bis zum Schluss gegen eine Mannschaft aus Orbach gehalten, die fast das ganze Spiel den Ball hatte.
88'
Das Publikum steht auf und feiert die Spieler aus Wendel, die seit einer halben Stunde vor dem eigenen Tor verteidigen.
Der Torwart von Wendel kommt noch einmal gegen den Stürmer heraus und hält das Ergebnis für seine Mannschaft.
61'
Die Gäste drängen, aber die Abwehr steht dicht vor dem eigenen Strafraum und lässt keinen einzigen Schuss zu.
45+2'
9'
Beide Teams beginnen das Spiel sehr vorsichtig.
0'
Alle Sportarten
Fußball
)", "Beide Teams beginnen"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        CHECK(has_paragraph_starting(a, r.line));
        // The stamps stay out of the body.
        for (const auto& p : paragraphs_of(a))
            CHECK(p.size() > 4);
    }
}

TEST_CASE("the notice of the site's license under the last paragraph leaves the region", "[region][license]") {
    const NoticeRow rows[] = {
        {"Unless noted otherwise, all articles on this site are licensed under a Creative Commons Attribution license.", true},
        {"Die Inhalte dieser Website stehen unter einer Creative-Commons-Lizenz, sofern nicht anders angegeben.", true},
        {"Sauf mention contraire, le contenu de ce site est publié sous licence Creative Commons BY-SA.", true},
        {"Salvo indicación contraria, el contenido de este sitio está bajo una licencia Creative Commons.", true},
        // A license without the site: a sentence about software or about the licenses themselves.
        {"The tide table library is licensed under the MIT license and its code is on the harbour office's server.", false},
        {"Creative Commons wurde 2001 gegründet und hat seither viele Fotografen am Hafen überzeugt.", false},
        // The site's texts without a license.
        {"All articles on this site were written by the members of the harbour club.", false},
    };
    check_notices(rows, license_notice, license_notice);
    Article a = classify(segment(article_with_tail("en", std::string("Share\n") + rows[0].line + "\n")), "en");
    CHECK(has_paragraph_starting(a, "The council will vote"));
    CHECK_FALSE(has_paragraph_starting(a, "Unless noted otherwise"));
    Article b = classify(segment(article_with_tail("de", std::string("Teilen\n") + rows[1].line + "\n")), "de");
    CHECK(has_paragraph_starting(b, "Der Gemeinderat stimmt"));
    CHECK_FALSE(has_paragraph_starting(b, "Die Inhalte dieser Website"));
}

TEST_CASE("the prompt asking the reader to report an error under the last paragraph leaves the region",
          "[region][closing]") {
    const NoticeRow rows[] = {
        {"Report an error", true},
        {"Did you spot a mistake in this story? Tell us at desk@harbour.example", true},
        {"Fehler gefunden? Schreiben Sie uns!", true},
        {"Sie haben einen Tippfehler entdeckt oder vermissen einen Hinweis zum Fahrplan?", true},
        {"Signaler une erreur", true},
        {"Merci de nous signaler toute erreur dans cet article par courriel.", true},
        {"Para mejorar el diario del puerto los invitamos a reportar errores de contenido y de ortografía.", true},
        {"Segnala un errore", true},
        // An error found by somebody in the article's own sentences, a verb of reporting without an error.
        {"The auditors found an error in the accounts of the harbour office, the council said on Monday.", false},
        {"Die Prüfer haben einen Fehler in den Büchern des Hafenamts entdeckt, sagte der Bürgermeister.", false},
        {"Le capitaine du port a signalé une avarie sur le quai nord lundi matin.", false},
        {"Please report any damage on the quay to the harbour master.", false},
        {"Und bitte entschuldigt den Hafen-Fehler in der letzten Folge, falls ihr ihn gefunden habt.", false},
    };
    check_block_notices(rows, error_report_notice);
    check_tail_leaves("en", std::string(rows[1].line) + "\nShare\n", "Did you spot");
    check_tail_leaves("de", std::string("#Hafen #Fähre\n") + rows[3].line + "\n", "Sie haben einen Tippfehler");
}

TEST_CASE("a short quotation closing the article after its stop is its last line", "[region][quote]") {
    // "“... toxin.”": the stop of the quoted sentence stands before its closing mark.
    const char* rows[][2] = {
        {"en", "“This lamp is no toy. It is a deadly light.”\n"},
        {"en", "\"This lamp is no toy. It is a deadly light.\"\n"},
        {"de", "„Die Lampe ist kein Spielzeug. Sie ist gefährlich.“\n"},
    };
    for (const auto& r : rows) {
        INFO(r[1]);
        // (A promotion and the author's box under it, as the page prints them.)
        Article a = classify(segment(article_with_tail(r[0], std::string(r[1]) +
                                                                 "Check out more stories on HarbourWeekly.com!\n"
                                                                 "Jane Roe is a reporter for Harbour Weekly and is "
                                                                 "based in Wendle, where she covers the port.\n")),
                             r[0]);
        const auto paragraphs = paragraphs_of(a);
        REQUIRE_FALSE(paragraphs.empty());
        CHECK(paragraphs.back() == std::string(r[1]).substr(0, std::string(r[1]).size() - 1));
    }
    // A question asks the reader, a call shouts at them: no line of the article.
    for (const char* tail : {"“Do you want more from us?”\n", "„Jetzt abonnieren!“\n"}) {
        const std::string lang = tail[0] == '\xe2' && tail[2] == '\x9e' ? "de" : "en";
        Article a = classify(segment(article_with_tail(lang, tail)), lang);
        INFO(tail);
        CHECK(paragraphs_of(a).back().find("?") == std::string::npos);
        CHECK(paragraphs_of(a).back().find("!") == std::string::npos);
    }
}

TEST_CASE("the author's farewell under a post joins it: a wish, the sign-off and the name", "[region][signoff]") {
    struct Row {
        const char* lang;
        const char* article; // four paragraphs
        const char* farewell;
        std::vector<std::string> kept;    // the farewell's lines in the body
        std::vector<std::string> dropped; // lines that stay out
    };
    const std::string en = "Ferries return to the eastern pier\n\n"
                           "The ferries to the islands run again from the eastern pier after a winter of repairs.\n\n"
                           "The harbour master said the new moorings were safer than the old ones and would last.\n\n"
                           "Fishermen welcomed the works, although the quay was closed for most of the winter.\n\n"
                           "The council will vote on the final bill in the spring, when the timetable begins.\n\n";
    const std::string de = "Die Fähren fahren wieder vom Ostkai\n\n"
                           "Die Fähren zu den Inseln fahren nach einem Winter der Bauarbeiten wieder vom Ostkai ab.\n\n"
                           "Der Hafenmeister sagte, die neuen Liegeplätze seien sicherer als die alten und würden halten.\n\n"
                           "Die Fischer begrüßten die Arbeiten, obwohl der Kai fast den ganzen Winter über gesperrt war.\n\n"
                           "Der Rat stimmt im Frühjahr über die Rechnung ab, wenn der Sommerfahrplan beginnt.\n\n";
    const std::string fr = "Les ferries reviennent au quai est\n\n"
                           "Les ferries pour les îles partent de nouveau du quai est après un hiver de travaux.\n\n"
                           "Le capitaine du port a dit que les nouveaux amarrages étaient plus sûrs que les anciens.\n\n"
                           "Les pêcheurs ont salué les travaux, même si le quai est resté fermé presque tout l'hiver.\n\n"
                           "Le conseil votera la facture au printemps, quand commencera l'horaire d'été du port.\n\n";
    const std::string es = "Los ferris vuelven al muelle este\n\n"
                           "Los ferris a las islas salen de nuevo del muelle este después de un invierno de obras.\n\n"
                           "El capitán del puerto dijo que los nuevos amarres eran más seguros que los antiguos.\n\n"
                           "Los pescadores celebraron las obras, aunque el muelle estuvo cerrado casi todo el invierno.\n\n"
                           "El consejo votará la factura en primavera, cuando empiece el horario de verano del puerto.\n\n";
    const Row rows[] = {
        {"en", en.c_str(), "See you on the quay!\nCheers, Jane\n", {"See you on the quay!", "Cheers, Jane"}, {}},
        {"de", de.c_str(), "Viel Glück!\nEuer Hans\n", {"Viel Glück!", "Euer Hans"}, {}},
        {"de", de.c_str(), "Bis bald am Hafen!\nLiebe Grüße,\nAnna\n", {"Bis bald am Hafen!", "Liebe Grüße,", "Anna"}, {}},
        {"fr", fr.c_str(), "Bon voyage à tous !\nBises,\nMarie\n", {"Bon voyage à tous !", "Bises,", "Marie"}, {}},
        {"es", es.c_str(), "¡Buen viaje!\nUn abrazo, Marta\n", {"¡Buen viaje!", "Un abrazo, Marta"}, {}},
        // A wish without a sign-off under it, a sign-off word opening a label: not the author's farewell.
        {"de", de.c_str(), "Viel Glück!\nHafenblatt Newsletter\n", {}, {"Viel Glück!"}},
        {"de", de.c_str(), "Eure Meinung zählt\n", {}, {"Eure Meinung zählt"}},
        {"en", en.c_str(), "Cheers to the harbour crew\n", {}, {"Cheers to the harbour crew"}},
        // "LG Gram 17": a brand's initials are no "LG" (liebe Grüße) before a name.
        {"de", de.c_str(), "LG Gram 17\n", {}, {"LG Gram 17"}},
    };
    const std::string footer = "Share\nTweet\nImprint\nPrivacy\n";
    for (const auto& r : rows) {
        INFO(r.farewell);
        const Article a = classify(segment(std::string(r.article) + r.farewell + "\n" + footer), r.lang);
        const auto paras = paragraphs_of(a);
        REQUIRE(paras.size() >= 4);
        CHECK(std::count(paras.begin(), paras.end(), std::string("Share")) == 0);
        for (const auto& line : r.kept)
            CHECK(contains(paras, line));
        for (const auto& line : r.dropped)
            CHECK_FALSE(contains(paras, line));
    }
}
