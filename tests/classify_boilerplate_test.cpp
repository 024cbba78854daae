// Tests of the classify heuristics: boilerplate lines: buttons, labels, links, disclaimers and the phrases known per
// language. One row per kind of line, in several languages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "lexicon.hpp"
#include "page.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"
#include "text.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

using archive::test::contains;
using archive::test::paragraphs_of;

namespace {
// Each of `known` is a boilerplate phrase, none of `article`.
void check_boilerplate_lines(std::initializer_list<const char*> known, std::initializer_list<const char*> article) {
    for (const char* line : known) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    for (const char* line : article) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(line));
    }
}
} // namespace

TEST_CASE("a line opening with a boilerplate label is found whatever the case of its first word",
          "[classify][boilerplate]") {
    // The labels are looked up by the line's first word, lower-cased, up to a space or a colon.
    for (const char* line : {"ÉTIQUETTES : port, ferries", "KATEGORIEN: Hafen, Fähre", "TAGS:harbour, ferry",
                             "Mots-clés : marée, phare", "LIRE AUSSI | Le port rouvre ses quais",
                             "Read more: Ferries return to the eastern pier"}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
        const auto blocks = segment(line);
        REQUIRE(blocks.size() == 1);
        CHECK(blocks[0].boilerplate);
    }
    for (const char* line : {"Étiquettes anciennes du port, retrouvées au phare.", "Kategorienwechsel im Hafen",
                             "Read the harbour report of the council."}) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(line));
    }
}

TEST_CASE("a blog's line of categories and tags under the post is boilerplate", "[classify][boilerplate]") {
    for (const char* line : {"Posted in News | Tagged harbour, ferries", "This entry was posted in Harbour news.",
                             "Dieser Eintrag wurde veröffentlicht in Allgemein und verschlagwortet mit Hafen, Fähre.",
                             "Abgelegt unter Hafen, Stadt", "Publié dans Société", "Publicado en Noticias",
                             "Tags: harbour, ferry, timetable", "Kategorien: Hafen",
                             "Der Beitrag wurde am 3. Mai 2024 veröffentlicht und unter Hafen abgelegt."}) {
        INFO(line);
        CHECK(post_footer(line));
        CHECK(is_boilerplate_phrase(line));
    }
    // Sentences that open with the same few words; a label without its list.
    for (const char* line : {"Publicado en 1998, el libro fue un éxito.", "Posted in the harbour office, the timetable changed.",
                             "Veröffentlicht in der Zeitschrift Nature ist die Studie.", "Tags", "Posted"}) {
        INFO(line);
        CHECK_FALSE(post_footer(line));
    }
}

TEST_CASE("a line of button labels, a verb and what it acts on, is boilerplate", "[classify][boilerplate]") {
    // A sentence, a verb or a thing alone, or other words with them are not.
    check_boilerplate_lines({"Rezept drucken", "Print recipe | Save to Pinterest", "Commander le livre",
                             "Imprimir receta · Guardar en Pinterest", "Jetzt das Buch bestellen"},
                            {"Print the recipe and keep it for the winter.", "Rezepte", "Buy now",
                             "Order the book of the harbour festival", "Le livre du port à commander",
                             // more than eight words, every one a label word
                             "Print recipe/Save recipe/Share recipe/Order book/Buy",
                             "Rezept drucken/Rezept speichern/Rezept teilen/Buch bestellen/kaufen"});
}

TEST_CASE("a row of share buttons, a verb and two networks or more, is boilerplate", "[classify][boilerplate]") {
    // Longer than the eight words of other button labels; a sentence naming the networks is not.
    check_boilerplate_lines({"Share on Reddit Share on Mastodon Share on Flipboard Share by mail",
                             "Compartir en Bluesky Compartir en Telegram Compartir en Xing Compartir por mail",
                             "Partager sur Facebook Partager sur X Partager sur LinkedIn Partager par e-mail",
                             "Auf Facebook teilen Auf WhatsApp teilen Auf Xing teilen Per Mail teilen"},
                            {"The harbour office will share the timetable on Facebook and on Twitter this week.",
                             "Facebook Twitter WhatsApp", "Share the harbour plans"});
}

TEST_CASE("a line of button labels is found whatever its first word looks like", "[classify][boilerplate]") {
    // The labels' first words are looked up whole when they are plain lower-case letters; capitals, accents, marks
    // leave the line to the full test.
    check_boilerplate_lines({"Télécharger le PDF", "Udostępnij przepis", "PRINT RECIPE | SAVE TO PINTEREST",
                             "Épingler la recette", "»Rezept drucken«"},
                            {"Télécharger le rapport du port prend du temps", "Udostępnij nam swoje zdjęcia z portu",
                             "PRINTED IN THE HARBOUR TOWN"});
}

TEST_CASE("a read-aloud button alone on its line is boilerplate", "[classify][boilerplate]") {
    check_boilerplate_lines({"Vorlesen", "Artikel anhören", "Listen to this article", "Écouter cet article",
                             "Escuchar este artículo"},
                            {"Listen to this article about the ferry before the vote, the mayor asked the council."});
}

TEST_CASE("an empty list's notice alone on its line is boilerplate", "[classify][boilerplate]") {
    check_boilerplate_lines({"There are no upcoming events.", "Derzeit keine Veranstaltungen.",
                             "Keine bevorstehenden Veranstaltungen", "Aucun événement à venir",
                             "No hay próximos eventos."},
                            {"There are no upcoming events at the harbour until the spring fair reopens."});
}

TEST_CASE("a notice on affiliate links is boilerplate", "[classify][boilerplate]") {
    // Not a commission or a "Provision" of the news.
    check_boilerplate_lines({"Beim Kauf über Links auf dieser Seite erhalten wir eine kleine Provision.",
                             "We may earn a commission when you buy through links in our harbour guides.",
                             "Si vous achetez via nos liens, nous touchons une petite commission.",
                             "Podemos recibir una comisión por las compras hechas desde esta página.",
                             // (a long line of a few sentences, its byte pairs gathered whole)
                             "Our guides to the harbour towns are written by our own reporters, who visit every pier "
                             "and every ferry before they recommend them; when you buy through the links in these "
                             "guides we may earn a commission."},
                            {"The harbour commission links the two ferry contracts, the mayor said.",
                             "Der Makler verlangt eine Provision von drei Prozent, sagte die Stadträtin."});
}

TEST_CASE("a comment form's notice to log in is boilerplate", "[classify][boilerplate]") {
    // Not a comment in the news.
    check_boilerplate_lines({"You must be logged in to post a comment.", "Zum Kommentieren bitte anmelden.",
                             "Vous devez être connecté pour publier un commentaire.",
                             "Regístrate para comentar esta noticia del puerto."},
                            {"The ferry company declined to comment on whether it would register the new ships.",
                             "El alcalde se negó a comentar la sesión del pleno."});
}

TEST_CASE("boilerplate phrases are known per language", "[classify][boilerplate]") {
    for (const char* line : {"Votre opinion", "Partager", "Teilen", "Drucken", "Share", "Newsletter", "Condividi",
                             "Compartir", "Lire aussi", "Mehr zum Thema", "Related articles", "Accept all",
                             "Czytaj też: Nowy most na Wiśle otwarty", "Lees ook: De brug is weer open",
                             "Leia também: Ponte reaberta no centro", "Skip to contentSkip to navigation",
                             "Zum Inhalt springen Zur Hauptnavigation springen", "Aller au contenu principal",
                             "Ir al contenido", "Lesen Sie auch", "Ähnliche Beiträge", "Otras noticias",
                             "Related Topics", "Les plus lus", "I più letti", "Notícias relacionadas",
                             "Meest gelezen", "Zobacz także", "Kommentar hinzufügen",
                             "VEA TAMBIÉN: El puerto reabre sus muelles", "Mira: El puerto reabre sus muelles",
                             "Lesen Sie hier: Der Hafen öffnet wieder", "Also read: Ferries return to the pier",
                             "Twitter", "WhatsApp", "Up Next: Ferries return to the eastern pier",
                             "Siguiente artículo: El puerto reabre sus muelles", "Article suivant: Le port rouvre",
                             "Nächster Artikel: Der Hafen öffnet wieder", "Próximo artigo: Porto reabre no domingo",
                             "© 2025 Harbour Weekly", "Up Next Ferries return to the eastern pier",
                             "Lesen Sie auch Der Hafen öffnet wieder", "Lire aussi Le port de Vallon rouvre",
                             "Ferry timetables are provided by the port authority and may change without notice. Prices "
                             "are shown in euros and include all taxes and fees. © 2025 Harbour Weekly Media. All rights "
                             "reserved.",
                             "Die Fahrpläne stellt die Hafenbehörde bereit, Änderungen sind jederzeit möglich, alle Preise "
                             "verstehen sich in Euro und schließen sämtliche Gebühren ein. © 2025 Hafenblatt Verlag."}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    for (const char* line : {"Raids aériens", "Le Conseil fédéral a décidé.", "Sharing the burden",
                             "Zum Inhalt der Studie gehört auch eine Umfrage.", "Lesen Sie auch die Studie des Bundes.",
                             "Otras noticias del puerto llegaron el lunes.", "Mira cómo el puerto reabre sus muelles.",
                             "Up next the council votes on the ferry budget.", "The next article of the law bans it.",
                             "Read more Harbour stories in our archive.", "Lesen Sie auch Die Chronik des Hafens.",
                             "Watch Ferries return to the eastern pier",
                             "© Provided by Kestrel Press The ferries to the islands will leave from the eastern pier "
                             "again from Monday, after a winter of repairs that closed the northern quay for months.",
                             "© Fourni par Presse du Cap Les ferries pour les îles repartiront du quai est dès lundi, "
                             "après un hiver de travaux qui a fermé le quai nord pendant des mois."}) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(line));
    }
}

TEST_CASE("a link's label glued to the title it leads to is boilerplate", "[classify][boilerplate]") {
    for (const char* line : {"Next articleFerries return to the eastern pier", "Vorheriger ArtikelNeue Fähre am Ostkai",
                             "Vorheriger Artikel++ Sturm über dem Ostkai ++", "Article suivantLe port rouvre ses quais",
                             "Artículo anterior“El puerto reabre sus muelles”", "Related TopicsHarbourFerriesWeather"}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    // A sentence opening with the words of a label, a wiki's heading with its edit link, a brand name in capitals.
    for (const char* line : {"Next article of the series: the ferries", "See also[edit]", "PlayStation news on the ferries",
                             "Previous articles were about the WiFi on the ferries."}) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(line));
    }
}

TEST_CASE("a link or a button with its arrow after its last word or before its first is boilerplate",
          "[classify][boilerplate]") {
    for (const char* line : {"Jetzt kostenlos anmelden \u00BB", "20 Prozent Rabatt auf Fährkarten \u00BB",
                             "Learn more about the ferries \u203A", "Weitere Fragen zum Hafen >",
                             "Tous les horaires des ferries >>", "Ver todas las rutas \u2192",
                             "Scopri tutte le rotte \u00BB", "\u2190 Previous: Ferries return to the eastern pier",
                             "\u00AB Articles plus anciens", "< Zur\u00FCck zur \u00DCbersicht",
                             "\u2039 Entrada anterior"}) {
        INFO(line);
        CHECK(arrow_link(line));
    }
    // A quote between the same marks, the last line of a quote closed by its stop, a figure, a long sentence.
    for (const char* line : {"Les \u00AB quais du nord \u00BB", "\u00AB Le port rouvre \u00BB, dit le maire",
                             "Nous verrons bien. \u00BB", "< 5 km", "\u2039Hafen\u203A ist das Wort des Jahres >",
                             "Die F\u00E4hren fahren wieder ab dem Ostkai, sagte der Hafenmeister am Montag vor der "
                             "Presse in der Stadt \u00BB"}) {
        INFO(line);
        CHECK_FALSE(arrow_link(line));
    }
}

TEST_CASE("a button with its arrow between two paragraphs is left out of the text, the paragraphs kept",
          "[classify][boilerplate]") {
    for (const test::PageRow& r : {
             test::PageRow{"en", R"(Ferries return to the eastern pier
The ferries to the islands run again from the eastern pier after a winter of repairs on the northern quay of the old harbour.
The harbour master said the new moorings were safer than the old ones and would last for many years, even in the worst storms.
Get the summer timetable ›
The council will vote on the final bill in the spring, when the summer timetable of the ferries begins again on the pier.
The fishermen of the northern quay hope that their boats will find their old moorings before the first storms of the autumn.
)", "Get the summer timetable ›"},
             test::PageRow{"de", R"(Die Fähren fahren wieder ab dem Ostkai
Die Fähren zu den Inseln legen nach einem Winter der Bauarbeiten am Nordkai wieder am Ostkai des alten Hafens ab.
Der Hafenmeister sagte, die neuen Liegeplätze seien sicherer als die alten und hielten auch den schlimmsten Stürmen stand.
Jetzt den Sommerfahrplan holen »
Der Gemeinderat stimmt im Frühjahr über das Gesetz ab, wenn der Sommerfahrplan der Fähren am Ostkai wieder beginnt.
Die Fischer des Nordkais hoffen, dass ihre Boote vor den ersten Stürmen des Herbstes ihre alten Liegeplätze wiederfinden.
)", "Jetzt den Sommerfahrplan holen »"},
             test::PageRow{"fr", R"(Les ferries reviennent au quai est
Les ferries pour les îles repartent du quai est après un hiver de travaux sur le quai nord du vieux port de la ville.
Le capitaine du port a dit que les nouveaux mouillages étaient plus sûrs que les anciens et tiendraient aux pires tempêtes.
← Horaires de l'hiver
Le conseil votera la loi au printemps, quand l'horaire d'été des ferries reprendra au quai est du vieux port de la ville.
Les pêcheurs du quai nord espèrent que leurs bateaux retrouveront leurs anciens mouillages avant les tempêtes de l'automne.
)", "← Horaires de l'hiver"}}) {
        INFO(r.lang << ": " << r.line);
        const auto paragraphs = paragraphs_of(classify(segment(r.page), r.lang));
        CHECK_FALSE(contains(paragraphs, r.line));
        CHECK(paragraphs.size() == 4);
    }
}

TEST_CASE("the title of another page with its site's name or label after a bar is no text of the article",
          "[classify][boilerplate]") {
    for (const char* line : {"How to pack for the islands | Harbour TV", "Profil | Jana Rot",
                             "Le port rouvre ses quais | VID\u00C9O", "El puerto reabre sus muelles | Radio Costa",
                             "Il porto riapre le banchine | Gazzetta del Golfo"}) {
        INFO(line);
        CHECK(barred_title(line));
    }
    // A sentence with a bar, a menu or a table's row of several bars, a wiki's reference, a long line.
    for (const char* line : {"Tickets for adults cost 12 euros | Children ride free.", "Start | Hafen | Kontakt",
                             "^ \"Ferries return | Harbour Weekly\"", "Ferries", "Harbour | ",
                             "The ferries to the islands will run again from the eastern pier next week | Harbour Weekly "
                             "of the northern coast"}) {
        INFO(line);
        CHECK_FALSE(barred_title(line));
    }
    const char* page = R"(Les ferries reviennent au quai est
Les ferries pour les îles repartent du quai est après un hiver de travaux sur le quai nord du vieux port de la ville.
Le capitaine du port a dit que les nouveaux mouillages étaient plus sûrs que les anciens et tiendraient aux pires tempêtes.
Le quai nord en travaux | Télé du Port
Le conseil votera la loi au printemps, quand l'horaire d'été des ferries reprendra au quai est du vieux port de la ville.
Les pêcheurs du quai nord espèrent que leurs bateaux retrouveront leurs anciens mouillages avant les tempêtes de l'automne.
)";
    const auto paragraphs = paragraphs_of(classify(segment(page), "fr"));
    CHECK_FALSE(contains(paragraphs, "Le quai nord en travaux | Télé du Port"));
    CHECK(paragraphs.size() == 4);
}

TEST_CASE("a form field's label with its note in parentheses is boilerplate", "[classify][boilerplate]") {
    for (const char* line : {"Name (required)", "Email (will not be published)", "E-Mail (wird benötigt)",
                             "E-Mail-Adresse (wird nicht veröffentlicht)", "Site web (facultatif)",
                             "Correo electrónico (obligatorio)", "Adres e-mail (wymagane)"}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    // A sentence or a name with a parenthesis of its own stays.
    for (const char* line : {"The ferry pass (required for all islanders since May)",
                             "Der Hafenmeister der Stadt Seedorf (nicht veröffentlicht)",
                             "Harbour Weekly (Seedorf)", "Le permis de pêche est désormais obligatoire (depuis mai)"}) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(line));
    }
}

TEST_CASE("a disclaimer alone on its line is boilerplate, in parentheses too", "[classify][boilerplate]") {
    for (const char* line : {"(Alle Angaben ohne Gewähr)", "Angaben ohne Gewähr.", "(Subject to change without notice)",
                             "Sous réserve de modifications.", "(Sujeto a cambios sin previo aviso)", "(Werbung)"}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    for (const char* line : {"Alle Angaben zum Fahrplan sind ohne Gewähr, sagte der Hafenmeister.",
                             "(The timetable is subject to change without notice, the harbour office said.)",
                             "(Werbung) (Werbung)"}) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(line));
    }
}

TEST_CASE("a footer's rights notice is boilerplate wherever it stands in the line", "[classify][boilerplate]") {
    for (const char* line : {"Some rights reserved 2015-2025 by Harbour Weekly, a member of the Coast Media Group.",
                             "Hafenblatt 2024 · Alle Rechte vorbehalten · Impressum",
                             "Le Courrier du Port, tous droits réservés, 2023", "Gazeta Portowa - wszelkie prawa zastrzeżone",
                             // (a paragraph of fifty spaces or more is searched for the pieces)
                             "Harbour Weekly is published every Thursday by the Coast Media Group for the readers of "
                             "the northern harbour towns, their ferries, their fishing boats and their markets, with "
                             "the news of the councils, the schools and the clubs of every town along the coast from "
                             "the old lighthouse to the new marina, and with the tide tables of the week. All rights "
                             "reserved."}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    for (const char* line : {"The rights of the fishermen are reserved in the new law on the harbour.",
                             "Die Rechte am Hafen bleiben der Stadt vorbehalten, sagte der Bürgermeister."}) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(line));
    }
}

TEST_CASE("short labels printed again and again are boilerplate", "[classify][boilerplate]") {
    auto blocks = segment("Advertising\nThe harbour reopened on Monday.\nAdvertising\nAnzeige\nPubblicità\nAnzeige\n"
                          "Il porto ha riaperto lunedì.\nIl porto ha riaperto lunedì.\n");
    struct Row {
        std::size_t block;
        bool label;
    };
    const Row rows[] = {{0, true}, {1, false}, {2, true}, {3, true}, {4, false}, {6, false}};
    for (const auto& r : rows) {
        INFO(blocks[r.block].text);
        CHECK(repeated_label(blocks[r.block]) == r.label);
    }
}

TEST_CASE("a wiki's pointer to the main article is boilerplate", "[classify][boilerplate]") {
    for (const char* line : {"Main article: History of the harbour", "Main articles: Trade and Fishing",
                             "Hauptartikel: Geschichte des Hafens", "Artículo principal: Historia del puerto",
                             "Voce principale: Storia del porto", "Artigo principal: História do porto",
                             "Hoofdartikel: Geschiedenis van de haven", "Osobny artykuł: Historia portu"}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    CHECK_FALSE(is_boilerplate_phrase("Main articles of the new law were voted on Monday."));
}

TEST_CASE("a line telling the reading time is boilerplate", "[classify][boilerplate]") {
    for (const char* line : {"5 min read", "Reading time: 3 minutes", "Lesezeit: 3 Min.", "Lesedauer: 4 Minuten", "Temps de lecture : 4 min",
                             "Tiempo de lectura: 2 min", "Tempo di lettura: 5 minuti", "Leestijd: 4 minuten",
                             "Czas czytania: 6 min", "Tempo de leitura: 3 min"}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    // Without a number, or in a sentence, the words are text.
    for (const char* line : {"Reading time", "Die Lesezeit der Kinder hat sich in zehn Jahren um 20 Minuten verkürzt.",
                             "El tiempo de lectura bajó en 2023", "Die Lesedauer der Hefte stieg 2024 um ein Drittel."}) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(line));
    }
}

TEST_CASE("the label of an advertisement printed once between two paragraphs is no text", "[classify][boilerplate]") {
    for (const char* line : {"Advertising", "ADVERTISING", "Anzeige", "Publicidad", "Pubblicità", "Publicidade",
                             "Reklama", "Advertentie"}) {
        INFO(line);
        CHECK(is_boilerplate_phrase(line));
    }
    // The same words inside a sentence or a title are text.
    for (const char* line : {"Advertising revenue fell by a third", "Anzeige bei der Polizei erstattet",
                             "Publicidad engañosa en el puerto"}) {
        INFO(line);
        CHECK_FALSE(is_boilerplate_phrase(line));
    }
    const test::PageRow rows[] = {
        {"en", R"(Ferries Return to the Harbour
The harbour of the town reopened on Monday after two years of work on its old quays and its new basin.
ADVERTISING
The whole town came down to the water on Monday to watch the first ferry moor at the new northern quay.
)", "ADVERTISING"},
        {"de", R"(Die Fähren kehren in den Hafen zurück
Der Hafen der Stadt ist am Montag nach zwei Jahren Arbeit an den alten Kais und dem neuen Becken wieder offen.
Anzeige
Die ganze Stadt kam am Montag ans Wasser, um die erste Fähre am neuen Nordkai anlegen zu sehen.
)", "Anzeige"},
        {"es", R"(Los transbordadores vuelven al puerto
El puerto de la ciudad reabrió el lunes después de dos años de obras en sus viejos muelles y en su nueva dársena.
Publicidad
Todo el pueblo bajó al agua el lunes para ver atracar el primer transbordador en el nuevo muelle del norte.
)", "Publicidad"},
        {"it", R"(I traghetti tornano al porto
Il porto della città ha riaperto lunedì dopo due anni di lavori sulle vecchie banchine e sul nuovo bacino.
Pubblicità
Tutta la città è scesa lunedì sull'acqua per vedere il primo traghetto attraccare alla nuova banchina nord.
)", "Pubblicità"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        std::vector<std::string> paragraphs = test::paragraphs_of(a);
        CHECK(paragraphs.size() == 2);
        CHECK_FALSE(contains(paragraphs, r.line));
        CHECK(contains(a.boilerplate, r.line));
    }
}
