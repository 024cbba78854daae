// sections105: (1) an explainer's questions of seven to twelve words, each alone between two paragraphs over the
// paragraph that answers it, head their answers as the short ones do (sections_headings.cpp explainer_question());
// (2) a fact-check's verdict, "Veredicto: Falso", "Verdict : FAUX", is a paragraph of the text wherever it stands
// (sections_build.cpp verdict_line(), lexicon verdict_labels and verdict_values); (3) a sign-up button alone between
// two paragraphs heads nothing: boilerplate (sections_build.cpp navigation_line()). Invented pages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

using archive::test::check_heading_rows;
using archive::test::headings_of;
using archive::test::PageRow;
using archive::test::paragraphs_of;

namespace {

bool holds(const std::vector<std::string>& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

} // namespace
TEST_CASE("an explainer's long questions between paragraphs head their answers", "[sections][heading][sections105]") {
    check_heading_rows({
        {"en", "Home\n"
         "Money\n"
         "What Higher Rates Mean for Your Loan Renewal\n"
         "Three questions borrowers in Westerby are asking after the bank lifted its rate again.\n"
         "By Nora Quillfield\n"
         "December 7, 2026\n"
         "The Bank of Westerby raised its key rate by a quarter point to 4.5% on Thursday, the second increase this "
         "year. For many households whose fixed loans expire next year, the decision matters.\n"
         "Why did the Bank of Westerby raise its rate again?\n"
         "Prices in Westerby rose by 3.9% in November, well above the bank's target. Governor Ida Pellham said the "
         "bank would not wait.\n"
         "\"We will act as long as it takes,\" Pellham told reporters in Harrowdeen.\n"
         "How much more will a typical renewal cost each month?\n"
         "A household renewing a 200,000-crown loan would pay about 120 crowns more each month, according to the "
         "broker Tamsin & Vale.\n"
         "What can borrowers do now?\n"
         "Lenders let customers lock in a rate up to six months before their term ends.\n",
         {"Why did the Bank of Westerby raise its rate again?",
          "How much more will a typical renewal cost each month?",
          "What can borrowers do now?"}},
        {"es", "Portada\n"
         "Economía\n"
         "Qué significa la nueva subida de tipos para tu hipoteca\n"
         "Tres preguntas que se hacen los hipotecados de Valdemora tras la decisión del banco.\n"
         "Por Lucía Ferrandis\n"
         "7 dic. 2026\n"
         "El Banco de Valdemora subió este jueves su tipo de referencia un cuarto de punto, hasta el 4,5 %, la "
         "segunda subida del año. Para muchas familias la decisión pesa en el bolsillo.\n"
         "¿Por qué ha vuelto a subir los tipos el banco central?\n"
         "Los precios subieron un 3,9 % en noviembre, muy por encima del objetivo. La gobernadora Inés Portal dijo "
         "que el banco no esperará.\n"
         "\"Actuaremos el tiempo que haga falta\", dijo Portal a los periodistas.\n"
         "¿Cuánto más costará cada mes la renovación de un préstamo?\n"
         "Una familia que renueve un préstamo de 200.000 euros pagará unos 120 euros más al mes, según la correduría "
         "Benlloch.\n"
         "¿Qué pueden hacer ahora los hipotecados?\n"
         "Los bancos permiten fijar el tipo hasta seis meses antes de que venza el plazo.\n",
         {"¿Por qué ha vuelto a subir los tipos el banco central?",
          "¿Cuánto más costará cada mes la renovación de un préstamo?",
          "¿Qué pueden hacer ahora los hipotecados?"}},
        {"fr", "Accueil\n"
         "Économie\n"
         "Ce que la hausse des taux change pour votre prêt immobilier\n"
         "Trois questions que se posent les emprunteurs de Valmorin après la décision de la banque centrale.\n"
         "Par Odile Ferrand\n"
         "Publié le 7 décembre 2026\n"
         "La banque centrale de Valmorin a relevé jeudi son taux directeur d'un quart de point, à 4,5 %, la deuxième "
         "hausse de l'année. Pour de nombreux ménages, la décision pèse lourd.\n"
         "Pourquoi la banque centrale a-t-elle encore relevé ses taux ?\n"
         "Les prix ont augmenté de 3,9 % en novembre, bien au-dessus de l'objectif. La gouverneure Agnès Delorme a "
         "dit que la banque n'attendrait pas.\n"
         "« Nous agirons aussi longtemps qu'il le faudra », a déclaré Agnès Delorme aux journalistes.\n"
         "Combien coûtera en plus chaque mois le renouvellement d'un prêt ?\n"
         "Un ménage qui renouvelle un prêt de 200 000 euros paiera environ 120 euros de plus par mois, selon le "
         "courtier Benoît Lagarde.\n"
         "Que peuvent faire les emprunteurs ?\n"
         "Les banques permettent de fixer un taux jusqu'à six mois avant l'échéance du contrat.\n",
         {"Pourquoi la banque centrale a-t-elle encore relevé ses taux ?",
          "Combien coûtera en plus chaque mois le renouvellement d'un prêt ?",
          "Que peuvent faire les emprunteurs ?"}},
        {"it", "Home\n"
         "Economia\n"
         "Cosa cambia per il tuo mutuo con il nuovo aumento dei tassi\n"
         "Tre domande che si fanno le famiglie di Valdorno dopo la decisione della banca centrale.\n"
         "di Marta Colombetti\n"
         "7 dicembre 2026\n"
         "La banca centrale di Valdorno ha alzato giovedì il tasso di riferimento di un quarto di punto, al 4,5%, il "
         "secondo aumento dell'anno. Per molte famiglie la decisione pesa sul bilancio.\n"
         "Perché la banca centrale ha alzato di nuovo i tassi di interesse?\n"
         "I prezzi sono saliti del 3,9% a novembre, ben sopra l'obiettivo. La governatrice Elena Scarpelli ha detto "
         "che la banca non aspetterà.\n"
         "\"Agiremo finché sarà necessario\", ha detto Scarpelli ai giornalisti.\n"
         "Quanto costerà in più ogni mese il rinnovo di un mutuo?\n"
         "Una famiglia che rinnova un mutuo di 200.000 euro pagherà circa 120 euro in più al mese, secondo il broker "
         "Fabbri.\n"
         "Che cosa possono fare adesso le famiglie?\n"
         "Le banche permettono di bloccare il tasso fino a sei mesi prima della scadenza.\n",
         {"Perché la banca centrale ha alzato di nuovo i tassi di interesse?",
          "Quanto costerà in più ogni mese il rinnovo di un mutuo?",
          "Che cosa possono fare adesso le famiglie?"}},
    });
}

TEST_CASE("a question of an essay, a quoted question and a reader's question head nothing",
          "[sections][heading][sections105]") {
    // The essay's one question of nine words (its other one closes a paragraph's sentence), the questions in
    // quotation marks someone asked, the readers' questions under their names and stamps: no explainer's series.
    check_heading_rows({
        {"en", "Home\n"
         "Opinion\n"
         "The harbour deserves better than another car park\n"
         "By Nora Quillfield\n"
         "December 7, 2026\n"
         "The council will vote on Tuesday on a plan to pave the old fish market in Harrowdeen and turn it into a car "
         "park for 300 cars.\n"
         "Why would a town of visitors pave over its own market?\n"
         "The answer, as so often, is money. The car park would bring the council about 400,000 crowns a year.\n"
         "\"Nobody asked us whether we wanted it,\" said Ilse Brandvik, who sells smoked fish at the market.\n"
         "Rates went up again this year. But who will pay for the repairs to the quay after the winter storms?\n"
         "The plan says nothing about the quay, and the council has not answered our questions about it.\n", {}},
        {"en", "Home\n"
         "News\n"
         "Fishers ask the council to keep the old market open\n"
         "By Nora Quillfield\n"
         "December 7, 2026\n"
         "About 60 fishers and traders gathered outside the town hall in Harrowdeen on Monday to protest against the "
         "plan for a car park.\n"
         "\"Why would anyone pave over the market their grandparents built?\"\n"
         "Ilse Brandvik, who sells smoked fish at the market, has worked there for thirty years and says the plan "
         "would end her trade.\n"
         "\"Where are we supposed to sell our catch next summer, then?\"\n"
         "The council says it will present a new site for the market before the vote on Tuesday.\n", {}},
        {"en", "Home\n"
         "News\n"
         "Council delays vote on the harbour car park\n"
         "By Nora Quillfield\n"
         "December 7, 2026\n"
         "The council of Harrowdeen delayed its vote on the plan for a car park on the old fish market on Monday "
         "after a debate of four hours.\n"
         "The vote is now due in January, the mayor said after the meeting.\n"
         "Comments\n"
         "Harold W.\n"
         "3 hours ago\n"
         "Why did nobody ask the traders before drawing up the plan?\n"
         "Reply\n"
         "Mette S.\n"
         "2 hours ago\n"
         "Who will pay for the repairs to the quay after the storms?\n"
         "Reply\n", {}},
    });
}

TEST_CASE("a fact-check's verdict is a paragraph of the text wherever it stands", "[sections][sections105]") {
    const PageRow rows[] = {
        {"es", "Portada\n"
         "Verificación\n"
         "No, el Ayuntamiento de Valdemora no cobrará por aparcar en todo el casco urbano\n"
         "Un vídeo viral asegura que desde enero habrá que pagar por aparcar en cualquier calle. Es falso.\n"
         "Por Lucía Ferrandis\n"
         "7 dic. 2026\n"
         "Un vídeo que circula en redes sociales afirma que el Ayuntamiento de Valdemora cobrará por aparcar en todas "
         "las calles a partir de enero. No existe ninguna ordenanza aprobada en ese sentido.\n"
         "Veredicto: Falso\n"
         "Qué dice el vídeo\n"
         "En la grabación, de menos de un minuto, un hombre asegura que cada plaza de aparcamiento costará dinero. El "
         "vídeo acumula miles de reproducciones.\n"
         "Qué dice el Ayuntamiento\n"
         "Fuentes municipales han explicado que no hay ningún proyecto para ampliar la zona azul. La concejala Marta "
         "Ibarreche lo confirmó por escrito.\n",
         "Veredicto: Falso"},
        {"de", "Startseite\n"
         "Faktencheck\n"
         "Nein, die Stadt Kaltenbrunn schafft die Parkscheibe nicht ab\n"
         "Ein Video behauptet, ab Januar müsse man in ganz Kaltenbrunn für jeden Parkplatz zahlen. Dafür gibt es "
         "keine Belege.\n"
         "Von Jonas Wettering\n"
         "07.12.2026\n"
         "Parkplätze in der Altstadt von Kaltenbrunn.\n"
         "Bild: Lea Ostendorf\n"
         "Bewertung: Falsch\n"
         "Behauptung: Ab Januar dürfe man in Kaltenbrunn nirgends mehr kostenlos parken.\n"
         "Ein Video, das seit Freitag auf mehreren Plattformen geteilt wird, hat bereits mehr als 40.000 Aufrufe. "
         "Darin behauptet ein Sprecher, die Stadt wolle alle Parkplätze kostenpflichtig machen.\n"
         "Was die Stadt sagt\n"
         "Eine Sprecherin der Stadt sagte, es gebe keinen solchen Beschluss des Stadtrats. Die Parkscheibe bleibe in "
         "den Wohngebieten erhalten.\n",
         "Bewertung: Falsch"},
        {"fr", "Accueil\n"
         "Vérification\n"
         "Non, la mairie de Valmorin ne va pas rendre tout le stationnement payant\n"
         "Une publication partagée des milliers de fois annonce la fin du stationnement gratuit en janvier. C'est "
         "faux.\n"
         "Par Odile Ferrand\n"
         "Publié le 7 décembre 2026\n"
         "Verdict : FAUX\n"
         "Une publication diffusée depuis jeudi sur les réseaux sociaux affirme que tout le stationnement deviendra "
         "payant à Valmorin. Elle a été partagée plus de 9 000 fois.\n"
         "Aucune délibération du conseil municipal ne prévoit une telle mesure.\n"
         "D'où vient la rumeur ?\n"
         "La confusion viendrait d'un projet d'extension de la zone bleue autour de la gare, présenté en conseil en "
         "novembre.\n",
         "Verdict : FAUX"},
        {"it", "Home\n"
         "Fact-checking\n"
         "No, il Comune di Valdorno non farà pagare la sosta in tutte le strade\n"
         "Un post virale sostiene che da gennaio si dovrà pagare per parcheggiare in ogni strada. Non è così.\n"
         "di Marta Colombetti\n"
         "7 dicembre 2026\n"
         "Un post che circola sui social sostiene che il Comune di Valdorno farà pagare la sosta in tutte le strade "
         "da gennaio. Nessuna delibera prevede una misura del genere.\n"
         "Verdetto: Fuorviante\n"
         "Cosa dice il post\n"
         "Nel testo si legge che ogni posto auto diventerà a pagamento. Il post è stato condiviso migliaia di volte "
         "in pochi giorni.\n"
         "Cosa dice il Comune\n"
         "L'assessora alla mobilità Giulia Ferrante ha spiegato che la zona blu sarà estesa soltanto intorno alla "
         "stazione.\n",
         "Verdetto: Fuorviante"},
    };
    for (const PageRow& r : rows) {
        INFO(r.line);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(holds(paragraphs_of(a), r.line));
        CHECK_FALSE(holds(headings_of(a), r.line));
        for (const Section& s : a.sections)
            CHECK_FALSE(s.paragraphs.empty());
    }
}

TEST_CASE("a closing Fazit and a review's rating are no verdict", "[sections][sections105]") {
    // "Fazit" alone, no value after it, heads the closing paragraph; "Rating: 4/5" stays the review's line.
    check_heading_rows({
        {"de", "Startseite\n"
         "Faktencheck\n"
         "Nein, die Stadt Kaltenbrunn schafft die Parkscheibe nicht ab\n"
         "Von Jonas Wettering\n"
         "07.12.2026\n"
         "Ein Video behauptet, ab Januar müsse man in ganz Kaltenbrunn für jeden Parkplatz zahlen. Es wurde mehr als "
         "40.000 Mal geteilt.\n"
         "Was die Stadt sagt\n"
         "Eine Sprecherin der Stadt sagte, es gebe keinen solchen Beschluss des Stadtrats. Die Parkscheibe bleibe in "
         "den Wohngebieten erhalten.\n"
         "Fazit\n"
         "Die Behauptung ist falsch. Die Parkscheibe bleibt, und kostenpflichtig werden nur die Plätze am Bahnhof.\n",
         {"Was die Stadt sagt", "Fazit"}},
    });
    const Article review = classify(segment("Home\n"
         "Reviews\n"
         "The Harrowdeen Quartet's new album is a quiet triumph\n"
         "By Nora Quillfield\n"
         "December 7, 2026\n"
         "The fourth album of the Harrowdeen Quartet opens with a slow piece for cello that sets the tone for the "
         "whole record.\n"
         "The band recorded it in an old church on the coast, and the room can be heard in every track.\n"
         "Its second half loses some pace, but the closing song is the best thing they have written.\n"
         "Rating: 4/5\n"), "en");
    CHECK(paragraphs_of(review).back() == "Rating: 4/5");
}

TEST_CASE("a sign-up button alone between two paragraphs is boilerplate", "[sections][boilerplate][sections105]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* button;
        const char* heading;
        const char* title; // a heading on how to sign up, no button, at the button's place
    };
    const Row rows[] = {
        {"fr", "Le Courrier de Valmorin\n"
         "Accueil\n"
         "Économie\n"
         "Le port de Valmorin agrandit son terminal\n"
         "Par Odile Ferrand\n"
         "Publié le 7 décembre 2026 à 08h45\n"
         "Le port de Valmorin va agrandir son terminal d'ici 2029, a annoncé lundi la direction du port, qui prévoit "
         "d'investir 60 millions d'euros.\n"
         "Les travaux commenceront au printemps, selon le directeur Yann Kerlivio.\n"
         "Une réunion jeudi\n"
         "La réunion publique aura lieu jeudi à la mairie, à 19 heures.\n"
         "S'inscrire\n"
         "Le maire Paul Brénier a promis d'y répondre aux questions des pêcheurs et des riverains.\n"
         "Le chantier doit durer trois ans selon le calendrier présenté lundi.\n",
         "S'inscrire", "Une réunion jeudi", "Comment s'inscrire à la réunion"},
        {"de", "Kaltenbrunner Bote\n"
         "Startseite\n"
         "Wirtschaft\n"
         "Hafen Kaltenbrunn baut sein Terminal aus\n"
         "Von Jonas Wettering\n"
         "07.12.2026\n"
         "Der Hafen Kaltenbrunn will sein Terminal bis 2029 ausbauen, wie die Hafengesellschaft am Montag mitteilte. "
         "Sie will 60 Millionen Euro investieren.\n"
         "Die Bauarbeiten sollen im Frühjahr beginnen, sagte Geschäftsführer Lars Hemmerich.\n"
         "Eine Versammlung am Donnerstag\n"
         "Die Bürgerversammlung findet am Donnerstag um 19 Uhr im Rathaus statt.\n"
         "Anmelden\n"
         "Bürgermeister Paul Brenner will dort die Fragen der Fischer und Anwohner beantworten.\n"
         "Die Bauzeit soll nach dem am Montag vorgestellten Plan drei Jahre betragen.\n",
         "Anmelden", "Eine Versammlung am Donnerstag", "So melden Sie sich an"},
        {"en", "Harrowdeen Courier\n"
         "Home\n"
         "Business\n"
         "Harrowdeen port to expand its terminal\n"
         "By Nora Quillfield\n"
         "December 7, 2026\n"
         "The port of Harrowdeen will expand its container terminal by 2029, the port authority said on Monday, "
         "investing 60 million crowns.\n"
         "Work will begin in the spring, director Lars Hemming said.\n"
         "A meeting on Thursday\n"
         "The public meeting will take place on Thursday at the town hall at 7pm.\n"
         "Sign up\n"
         "Mayor Paul Brenning has promised to answer the questions of fishers and residents there.\n"
         "The works are to last three years under the plan presented on Monday.\n",
         "Sign up", "A meeting on Thursday", "How to sign up"},
        {"es", "El Correo de Valdemora\n"
         "Portada\n"
         "Economía\n"
         "El puerto de Valdemora amplía su terminal\n"
         "Por Lucía Ferrandis\n"
         "7 dic. 2026\n"
         "El puerto de Valdemora ampliará su terminal antes de 2029, anunció el lunes la autoridad portuaria, que "
         "invertirá 60 millones de euros.\n"
         "Las obras empezarán en primavera, según el director Luis Ferrán.\n"
         "Una reunión el jueves\n"
         "La reunión pública será el jueves en el ayuntamiento a las 19.00.\n"
         "Suscríbete\n"
         "El alcalde Pablo Breña prometió responder a las preguntas de los pescadores y vecinos.\n"
         "Las obras durarán tres años según el calendario presentado el lunes.\n",
         "Suscríbete", "Una reunión el jueves", "Cómo apuntarse a la reunión"},
    };
    for (const Row& r : rows) {
        INFO(r.button);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(headings_of(a) == std::vector<std::string>{r.heading});
        CHECK(holds(a.boilerplate, r.button));
        CHECK_FALSE(holds(paragraphs_of(a), r.button));
        // (The near miss: the title heads the paragraphs under it.)
        std::string titled = r.page;
        const std::string button = std::string("\n") + r.button + "\n";
        titled.replace(titled.find(button), button.size(), std::string("\n") + r.title + "\n");
        CHECK(headings_of(classify(segment(titled), r.lang)) == std::vector<std::string>{r.heading, r.title});
    }
}
