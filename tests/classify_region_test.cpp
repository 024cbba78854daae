// Tests of the classify heuristics: where the article starts and ends between menus, boxes, tickers and galleries. One
// row per kind of line, in several languages.
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
#include <string_view>
#include <vector>

using namespace archive;

using archive::test::contains;

TEST_CASE("the article is found between menus and footers", "[classify][region]") {
    const char* page = R"(Accueil
Monde
Suisse
Economie
Sport

Santé«Les urgences sont saturées»

Les hôpitaux du canton font face à un afflux record de patients depuis le début de la semaine, selon les autorités sanitaires.

Par Jean Dupont

Les services d'urgence des trois hôpitaux cantonaux ont accueilli plus de 900 patients lundi, un chiffre jamais atteint depuis leur ouverture, a indiqué la direction.

La situation reste tendue dans les services de médecine interne, où les lits manquent depuis plusieurs semaines et où le personnel enchaîne les heures supplémentaires.

Des renforts attendus

Le canton a annoncé l'arrivée de vingt infirmières supplémentaires dès la semaine prochaine, une mesure que les syndicats jugent insuffisante face à la pression actuelle.

(ats)

Partager sur Facebook
Newsletter
© 2025 Journal du Lac
)";
    auto blocks = segment(page);
    Article a = classify(blocks, "fr");
    CHECK(a.kicker == "Santé");
    CHECK(a.headline == "«Les urgences sont saturées»");
    CHECK(a.lede == "Les hôpitaux du canton font face à un afflux record de patients depuis le début de la semaine, "
                    "selon les autorités sanitaires.");
    CHECK(a.authors == std::vector<std::string>{"Jean Dupont"});
    REQUIRE(a.sections.size() == 2);
    CHECK_FALSE(a.sections[0].heading);
    CHECK(a.sections[0].paragraphs.size() == 2);
    CHECK(a.sections[1].heading == "Des renforts attendus");
    REQUIRE(a.source_tag);
    CHECK(a.source_tag->raw == "(ats)");
    CHECK(a.boilerplate.front() == "Accueil");
    CHECK(a.boilerplate.back() == "© 2025 Journal du Lac");
}

TEST_CASE("a short post closed by its sharing box keeps its place against the author box under it", "[classify][region]") {
    const char* page = R"(Harbour Radio
Home
Episodes
Episode 12: Live from the harbour festival
Published on 3 May 2024 by Jane Doe
We recorded this episode live on the quay of the harbour festival, with the ferry captains and the fish sellers.
Download: mp3
Share this:
Twitter
Facebook
Like this:
Similar posts
Posted in Podcasts | Tagged harbour, festival, radio
About Jane Doe
Jane Doe has hosted Harbour Radio since its first episode and writes about ships, ports and the people who work there for several magazines, and she teaches radio at the school of journalism in the old town.
Leave a Reply
)";
    Article a = classify(segment(page), "en");
    REQUIRE(a.sections.size() == 1);
    REQUIRE(a.sections[0].paragraphs.size() == 1);
    CHECK(a.sections[0].paragraphs[0].rfind("We recorded this episode live", 0) == 0);
}

TEST_CASE("a short sentence between the headline and the article opens the article", "[classify][region]") {
    struct Row {
        const char* page;
        const char* language;
        const char* first;
    };
    const Row rows[] = {
        {"Harbour Weekly\nHome\nNews\nSport\nContact\nAlles vorbei! Die Fähren fahren wieder\n"
         "Der Winter ist endlich vorbei.\n"
         "Die Fähren zu den Inseln fahren seit Montag wieder vom Ostkai ab, nachdem der nördliche Kai den ganzen "
         "Winter über repariert worden war.\n"
         "Der Hafenmeister sagte, die neuen Liegeplätze seien sicherer als die alten und würden viele Jahre halten.\n"
         "Die Fischer begrüßten die Arbeiten, obwohl der Kai den größten Teil des Winters gesperrt war.\n"
         "Impressum\nDatenschutz\n",
         "de", "Der Winter ist endlich vorbei."},
        {"Harbour Weekly\nHome\nNews\nSport\nContact\nFerries are back on the eastern pier\n"
         "It all started with a storm.\n"
         "The ferries to the islands run again from the eastern pier after a winter of repairs on the northern "
         "quay, the harbour office said on Monday.\n"
         "The harbour master said the new moorings were safer than the old ones and would last for many years.\n"
         "Fishermen welcomed the works, although the quay was closed for most of the winter.\n"
         "Imprint\nPrivacy\n",
         "en", "It all started with a storm."},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.language);
        REQUIRE(!a.sections.empty());
        REQUIRE(!a.sections[0].paragraphs.empty());
        CHECK(a.sections[0].paragraphs[0] == r.first);
    }
}

TEST_CASE("a subtitle right under the headline opens the article's text", "[classify][region]") {
    // Headline, a title line of a few words without a full stop, then the paragraphs: the subtitle belongs to the
    // body (as its first heading or paragraph), not to the page's boilerplate.
    struct Row {
        const char* language;
        const char* headline;
        const char* subtitle;
        const char* text; // three paragraphs
    };
    const Row rows[] = {
        {"en", "Old crane returns to the Wendle quay", "Forty years on the quay and still lifting every morning",
         "The old harbour crane of Wendle went back to work on Monday after two winters of repairs in the yard.\n"
         "Its new cables were made in the town, and the harbour office says it will lift boats for twenty years.\n"
         "The fishermen of the eastern pier gathered to watch the first boat rise out of the water at dawn.\n"},
        {"de", "Der alte Kran kehrt an den Kai zurück", "Seit vierzig Jahren am Hafen und noch jeden Morgen im Einsatz",
         "Der alte Hafenkran von Wendle hat am Montag nach zwei Wintern in der Werft seine Arbeit wieder "
         "aufgenommen.\n"
         "Seine neuen Seile wurden in der Stadt gefertigt, und das Hafenamt rechnet mit zwanzig weiteren Jahren.\n"
         "Die Fischer vom Ostkai kamen zusammen, um das erste Boot bei Sonnenaufgang aus dem Wasser steigen zu "
         "sehen.\n"},
        {"fr", "La vieille grue revient sur le quai de Wendle", "Quarante ans sur le port et toujours au travail chaque matin",
         "La vieille grue du port de Wendle a repris le travail lundi après deux hivers de réparations au chantier.\n"
         "Ses nouveaux câbles ont été fabriqués en ville, et la capitainerie compte sur elle pour vingt ans encore.\n"
         "Les pêcheurs du quai est se sont réunis pour voir le premier bateau sortir de l'eau à l'aube.\n"},
        {"es", "La vieja grúa vuelve al muelle de Wendle", "Cuarenta años en el puerto y todavía trabajando cada mañana",
         "La vieja grúa del puerto de Wendle volvió al trabajo el lunes tras dos inviernos de reparaciones en el "
         "astillero.\n"
         "Sus nuevos cables se hicieron en la ciudad, y la capitanía cuenta con ella para otros veinte años.\n"
         "Los pescadores del muelle este se reunieron para ver el primer barco salir del agua al amanecer.\n"},
    };
    for (const auto& r : rows) {
        std::string page = std::string("Harbour Weekly\nHome\nNews\nSport\nContact\n") + r.headline + "\n" +
                           r.subtitle + "\n" + r.text + "Imprint\nPrivacy\n";
        INFO(page);
        Article a = classify(segment(page), r.language);
        CHECK(a.headline == r.headline);
        REQUIRE(!a.sections.empty());
        const Section& first = a.sections.front();
        // (Or the standfirst, the lede, when the paragraphs under it are half again as long: head93.)
        bool kept = (first.heading && *first.heading == r.subtitle) ||
                    (!first.paragraphs.empty() && first.paragraphs.front() == r.subtitle) || a.lede == r.subtitle;
        CHECK(kept);
        CHECK_FALSE(contains(a.boilerplate, r.subtitle));
    }
    // "Old crane returns, Wendle quay, photo via": the headline's words again under it label its picture.
    const Row labels[] = {
        {"en", "Old crane returns to the Wendle quay", "Old crane returns, Wendle quay, photo via", rows[0].text},
        {"de", "Der alte Kran kehrt an den Kai zurück", "Der alte Kran, Kai Wendle, Bild via", rows[1].text},
    };
    for (const auto& r : labels) {
        std::string page = std::string("Harbour Weekly\nHome\nNews\nSport\nContact\n") + r.headline + "\n" +
                           r.subtitle + "\n" + r.text + "Imprint\nPrivacy\n";
        INFO(page);
        Article a = classify(segment(page), r.language);
        REQUIRE(!a.sections.empty());
        CHECK(!a.sections.front().heading);
        const auto& first = a.sections.front().paragraphs;
        CHECK_FALSE(contains(first, r.subtitle));
    }
}

TEST_CASE("the text of a box over the site's menu does not open the article under it", "[classify][region]") {
    struct Row {
        const char* language;
        const char* box;  // two sentences of a box presenting a service of the site
        const char* menu; // its menu, ten lines and more
        const char* article;
    };
    const Row rows[] = {
        {"en",
         "Ask our nurses about your winter cough and get an answer from a specialist within two days, free of charge.\n\n"
         "Our nurses reply to the questions of readers every week, and the best answers are printed on Sundays.\n\n",
         "Get answers\n\nNewsletters\n\nSign In\n\nSign Up\n\nSubscribe\n\nMy Account\n\nHealth Topics\n\nDrugs\n\n"
         "Living Healthy\n\nFamily\n\nPrint\n\nFont Size\n\n",
         "Winter colds: what helps and what does not\n\nBy Jane Roe\n\n"
         "Every winter, the clinics of the harbour district see twice as many patients with colds as in summer.\n\n"
         "Doctors say that rest, warm drinks and patience help more than most of the remedies sold at the chemist's.\n\n"
         "Antibiotics do nothing against the viruses that cause colds, and taking them without need weakens them.\n\n"
         "The clinic will hold an evening of questions and answers on the first Tuesday of December.\n"},
        {"de",
         "Fragen Sie unsere Pflegerinnen nach Ihrem Winterhusten und erhalten Sie in zwei Tagen eine Antwort vom Arzt.\n\n"
         "Unsere Pflegerinnen beantworten jede Woche die Fragen der Leser, die besten Antworten erscheinen am Sonntag.\n\n",
         "Antworten\n\nNewsletter\n\nAnmelden\n\nRegistrieren\n\nAbo\n\nMein Konto\n\nGesundheit\n\nMedikamente\n\n"
         "Gesund leben\n\nFamilie\n\nDrucken\n\nSchriftgröße\n\n",
         "Erkältung im Winter: was hilft und was nicht\n\nVon Jana Roth\n\n"
         "Jeden Winter sehen die Praxen im Hafenviertel doppelt so viele Patienten mit Erkältung wie im Sommer.\n\n"
         "Ruhe, warme Getränke und Geduld helfen nach Ansicht der Ärzte mehr als die meisten Mittel aus der Apotheke.\n\n"
         "Antibiotika helfen nicht gegen die Viren, die eine Erkältung auslösen, und ohne Not genommen wirken sie schwächer.\n\n"
         "Die Praxis lädt am ersten Dienstag im Dezember zu einem Abend mit Fragen und Antworten ins Rathaus ein.\n"},
        {"fr",
         "Posez vos questions sur votre toux d'hiver à nos infirmières et recevez en deux jours la réponse d'un médecin.\n\n"
         "Nos infirmières répondent chaque semaine aux questions des lecteurs, et les meilleures réponses paraissent le dimanche.\n\n",
         "Réponses\n\nLettres\n\nConnexion\n\nInscription\n\nAbonnement\n\nMon compte\n\nSanté\n\nMédicaments\n\n"
         "Bien vivre\n\nFamille\n\nImprimer\n\nTaille du texte\n\n",
         "Rhume d'hiver : ce qui aide et ce qui n'aide pas\n\nPar Jeanne Roux\n\n"
         "Chaque hiver, les cabinets du quartier du port voient deux fois plus de patients enrhumés qu'en été.\n\n"
         "Le repos, les boissons chaudes et la patience aident plus que la plupart des remèdes vendus en pharmacie.\n\n"
         "Les antibiotiques ne font rien contre les virus du rhume, et les prendre sans besoin les rend moins efficaces.\n\n"
         "Le cabinet organise une soirée de questions et de réponses le premier mardi de décembre à la mairie.\n"},
    };
    for (const auto& r : rows) {
        INFO(r.language);
        Article a = classify(segment(std::string("Harbour Health\n\n") + r.box + r.menu + r.article), r.language);
        REQUIRE(!a.sections.empty());
        REQUIRE(!a.sections[0].paragraphs.empty());
        std::string first = a.sections[0].paragraphs[0];
        CHECK(std::string_view(r.article).find(first) != std::string_view::npos);
    }
}

TEST_CASE("a news ticker beside the article does not carry the region", "[classify][region][ticker]") {
    for (const char* line : {"14:44 Ferries return to the eastern pier", "9:05 Le conseil vote le budget du port",
                             "13:18 Neue Fähre für die Inseln bestellt", "11:20 Rada miasta przyjęła budżet portu"}) {
        INFO(line);
        CHECK(ticker_line(line));
    }
    for (const char* line : {"6:05 p.m.", "14:44", "10:30 Uhr Empfang im Rathaus", "12.05.2024 Ferries return to the pier",
                             "14:44 ferries", "Ferries return at 14:44 to the pier"}) {
        INFO(line);
        CHECK_FALSE(ticker_line(line));
    }
    std::string page = "Le Quotidien du Port\nAccueil\nLe port rouvre ses quais\n"
                       "Les ferries vers les îles partent de nouveau du quai est depuis lundi, après un hiver de "
                       "travaux sur le quai nord.\n"
                       "Le capitaine du port a déclaré que les nouveaux amarrages étaient plus sûrs que les anciens.\n"
                       "Les pêcheurs ont salué les travaux, même si le quai a été fermé presque tout l'hiver.\n"
                       "Direct\n";
    for (char hour = '0'; hour < '5'; ++hour) {
        page += '1';
        page += hour;
        page += ":15 Le conseil municipal vote un nouveau budget\n"
                "Le conseil municipal a voté lundi soir un nouveau budget pour la rénovation des écoles de la "
                "vieille ville, après un long débat sur le coût des travaux et le calendrier du chantier.\n";
    }
    Article a = classify(segment(page), "fr");
    std::size_t paragraphs = 0;
    for (const auto& sec : a.sections)
        paragraphs += sec.paragraphs.size();
    CHECK(paragraphs == 3);
}

TEST_CASE("a box of related links between two paragraphs does not end the article", "[classify][region][box]") {
    struct Row {
        const char* box;
        const char* language;
    };
    // The article in English, the box titled as on pages in other languages.
    const Row rows[] = {{"Related articles", "en"}, {"Artículos relacionados", ""}, {"Ähnliche Artikel", ""}};
    for (const auto& r : rows) {
        std::string page = "Harbour Weekly\nNews\nFerries return to the eastern pier\n"
                           "The ferries to the islands run again from the eastern pier after a winter of repairs on "
                           "the northern quay, the harbour office said on Monday.\n"
                           "The harbour master said the new moorings were safer than the old ones and would last for "
                           "many years, even in the storms of the autumn.\n";
        page += r.box;
        page += "\nNew timetable for the island ferries\nThe old lighthouse reopens to visitors\n"
                "Fishermen welcomed the works, although the quay was closed for most of the winter and they lost "
                "many days at sea.\n"
                "The council will vote on the final bill in the spring, when the summer timetable of the ferries "
                "begins and the first tourists arrive.\nImprint\n";
        INFO(r.box);
        Article a = classify(segment(page), r.language);
        std::vector<std::string> paragraphs;
        for (const auto& sec : a.sections) {
            CHECK_FALSE(sec.heading);
            paragraphs.insert(paragraphs.end(), sec.paragraphs.begin(), sec.paragraphs.end());
        }
        CHECK(paragraphs.size() == 4);
    }
}

TEST_CASE("a comment thread longer than the article does not take its place", "[classify][region]") {
    std::string page = R"(Startseite
Blog
Scherenschnitte am Abend
Am Abend stand die Stadt schwarz vor dem roten Himmel, und ich habe die Kamera auf das Geländer der Brücke gestellt.
Die Belichtung dauerte vier Sekunden, und trotzdem ist das Bild scharf geworden, was mich sehr gefreut hat.
Beim zweiten Bild ist ein Flugzeug durch das Bild geflogen, dessen Kondensstreifen nun quer über dem Himmel liegt.
Ähnliche Beiträge
4 Kommentare zu „Scherenschnitte am Abend“
)";
    for (int k = 0; k < 4; ++k)
        page += "Anna sagt:\nDas ist ein wunderschönes Bild geworden, die Farben des Himmels sind wirklich ganz "
                "besonders und ich würde es mir sofort an die Wand hängen, wenn ich könnte.\n";
    Article a = classify(segment(page), "de");
    CHECK(a.headline == "Scherenschnitte am Abend");
    REQUIRE(a.sections.size() == 1);
    CHECK(a.sections[0].paragraphs.size() == 3);
}

TEST_CASE("a picture gallery inside the article is no text of it, and a slideshow page keeps its slides", "[classify][gallery]") {
    std::string page = "Harbour Weekly\nNews\nFerries return to the eastern pier\n"
                       "The ferries to the islands run again from the eastern pier after a winter of repairs on the "
                       "northern quay, the harbour office said on Monday.\n"
                       "The harbour master said the new moorings were safer than the old ones and would last for many "
                       "years, even in the storms of the autumn.\n"
                       "Harbour life in pictures\n5 show all\n";
    for (int k = 1; k <= 5; ++k)
        page += std::to_string(k) + "/5 A day on the quay\nA fisherman mends his nets on the quay while the ferry "
                "leaves for the islands in the early morning.\nGetty Images\n";
    page += "Fishermen welcomed the works, although the quay was closed for most of the winter and they lost many "
            "days at sea.\nThe council will vote on the final bill in the spring, when the summer timetable of the "
            "ferries begins and the first tourists arrive.\n";
    Article a = classify(segment(page), "en");
    std::vector<std::string> paragraphs;
    for (const auto& sec : a.sections)
        paragraphs.insert(paragraphs.end(), sec.paragraphs.begin(), sec.paragraphs.end());
    CHECK(paragraphs.size() == 4);
    for (const auto& para : paragraphs) {
        INFO(para);
        CHECK(para.find("fisherman mends") == std::string::npos);
        CHECK(para.find("/5") == std::string::npos);
    }

    std::string show = "Hafen Wochenblatt\nNachrichten\nDer Hafen in Bildern\n";
    for (int k = 1; k <= 6; ++k)
        show += std::to_string(k) + "/6 Ein Tag am Kai\nEin Fischer flickt am frühen Morgen seine Netze am Kai, "
                "während die Fähre zu den Inseln ablegt und die Möwen über dem Wasser kreisen.\nFoto: Keystone\n";
    show += "Impressum\n";
    Article b = classify(segment(show), "de");
    for (const auto& line : b.boilerplate) {
        INFO(line);
        CHECK(line.find("Fischer flickt") == std::string::npos);
    }
}

TEST_CASE("a mega-menu of titles with one-line descriptions does not carry the article's region", "[classify][region]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* first_paragraph;
    };
    const Row rows[] = {
        {"en", R"(Harbour Guide
Ferry Timetables
Find the times of every boat that leaves the harbour for the islands during the week.
Parking Map
See where you can leave your car for a day or a week near the quays and the station.
Fish Market
Learn when the market opens and which boats land their catch there every morning.
Sailing School
Book a lesson for your children with the instructors of the club at the northern pier.
The harbour reopens after two years of work
The harbour of the town reopened on Monday after two years of work on its old quays and on the new basin.
The works cost more than planned, and the council had to vote a second credit in the spring of last year.
)", "The harbour of the town reopened on Monday after two years of work on its old quays and on the new basin."},
        {"de", R"(Hafenführer
Fahrpläne der Fähren
Hier finden Sie die Zeiten aller Schiffe, die in der Woche vom Hafen zu den Inseln fahren.
Parkplätze
Sehen Sie, wo Sie Ihr Auto für einen Tag oder eine Woche nahe den Kais und dem Bahnhof abstellen können.
Fischmarkt
Erfahren Sie, wann der Markt öffnet und welche Boote dort jeden Morgen ihren Fang anlanden.
Segelschule
Buchen Sie eine Stunde für Ihre Kinder bei den Lehrern des Clubs an der nördlichen Mole.
Der Hafen ist nach zwei Jahren wieder offen
Der Hafen der Stadt ist am Montag nach zwei Jahren Bauzeit an seinen alten Kais und am neuen Becken wieder eröffnet worden.
Die Arbeiten kosteten mehr als geplant, und der Gemeinderat musste im Frühjahr einen zweiten Kredit bewilligen.
)", "Der Hafen der Stadt ist am Montag nach zwei Jahren Bauzeit an seinen alten Kais und am neuen Becken wieder eröffnet worden."},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        REQUIRE_FALSE(a.sections.empty());
        REQUIRE_FALSE(a.sections.front().paragraphs.empty());
        std::string first = a.lede ? *a.lede : a.sections.front().paragraphs.front();
        CHECK(first == r.first_paragraph);
    }
}
