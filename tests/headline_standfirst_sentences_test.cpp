// A regional agency page's layout without blank lines ("Liguria / Genova / <title> / <standfirst of two sentences, the
// second a quote> / Redazione ANSA / GENOVA / 03 dicembre 2026 / 11:20"): the standfirst quotes the article's own
// words and so shares them better than the title, but a line of two sentences under a title of one is the standfirst.
#include <catch2/catch.hpp>

#include "pipeline.hpp"

#include <string>

using namespace archive;

TEST_CASE("a standfirst of two sentences under a one-sentence title is the lede, the title the headline",
          "[headline][deck][standfirst_sentences]") {
    struct Row {
        const char* language;
        std::string page;
        const char* headline;
        const char* lede;
    };
    const Row rows[] = {
        {"it", R"(Home
Cronaca
Politica
Regioni
Questo sito utilizza cookie tecnici e di profilazione. Accetta | Rifiuta
Liguria
Genova
Porto di Genova, via libera alla nuova diga foranea dopo tre anni di ricorsi
Il governo stanzia 40 milioni. I portuali: "Un buon segnale, ma ora servono i cantieri"
Redazione ANSA
GENOVA
03 dicembre 2026
11:20
Facebook
WhatsApp
(ANSA) - GENOVA, 03 DIC - Il consiglio dei ministri ha approvato oggi il finanziamento per la nuova diga foranea del porto di Genova, ferma da tre anni per i ricorsi delle imprese escluse dalla gara.
"Un buon segnale, ma ora servono i cantieri", ha commentato il segretario dei portuali, Marco Risso, secondo cui "le navi più grandi non possono aspettare ancora".
I lavori dovrebbero partire in primavera e durare quattro anni, ha spiegato l'autorità portuale in una nota diffusa nel pomeriggio.
Le imprese escluse hanno annunciato un nuovo ricorso al Consiglio di Stato contro la decisione del governo.
(ANSA).
)",
         "Porto di Genova, via libera alla nuova diga foranea dopo tre anni di ricorsi",
         "Il governo stanzia 40 milioni. I portuali: \"Un buon segnale, ma ora servono i cantieri\""},
        {"de", R"(Startseite
Politik
Regionen
Diese Seite verwendet Cookies. Akzeptieren | Ablehnen
Bayern
Passau
Hochwasserschutz in Passau: Land gibt Geld für die neue Mauer an der Donau frei
Der Freistaat zahlt 40 Millionen Euro. Die Anwohner: "Ein gutes Zeichen, aber jetzt muss gebaut werden"
Redaktion
PASSAU
03.12.2026
11:20
Teilen
Die Staatsregierung hat am Mittwoch das Geld für die neue Hochwassermauer an der Donau freigegeben, die seit drei Jahren wegen Klagen von Anliegern stillsteht.
"Ein gutes Zeichen, aber jetzt muss gebaut werden", sagte der Sprecher der Anwohnerinitiative, Markus Reiter, nach der Entscheidung in der Staatskanzlei.
Die Arbeiten sollen im Frühjahr beginnen und vier Jahre dauern, teilte das Wasserwirtschaftsamt am Nachmittag mit.
Die Anlieger kündigten an, erneut vor das Verwaltungsgericht zu ziehen, um den Bau der Mauer zu verhindern.
)",
         "Hochwasserschutz in Passau: Land gibt Geld für die neue Mauer an der Donau frei",
         "Der Freistaat zahlt 40 Millionen Euro. Die Anwohner: \"Ein gutes Zeichen, aber jetzt muss gebaut werden\""},
        {"fr", R"(Accueil
Politique
Régions
Ce site utilise des cookies. Accepter | Refuser
Bretagne
Brest
Port de Brest : feu vert à la nouvelle digue après trois ans de recours
L'État débloque 40 millions d'euros. Les dockers : "Un bon signal, mais il faut maintenant des chantiers"
Rédaction
BREST
03/12/2026
11:20
Partager
Le gouvernement a approuvé mercredi le financement de la nouvelle digue du port de Brest, bloquée depuis trois ans par les recours des entreprises écartées de l'appel d'offres.
"Un bon signal, mais il faut maintenant des chantiers", a commenté le secrétaire du syndicat des dockers, Marc Le Goff, à l'issue de la réunion en préfecture.
Les travaux devraient commencer au printemps et durer quatre ans, a précisé l'autorité portuaire dans un communiqué publié dans l'après-midi.
Les entreprises écartées ont annoncé un nouveau recours devant le Conseil d'État contre la décision du gouvernement.
)",
         "Port de Brest : feu vert à la nouvelle digue après trois ans de recours",
         "L'État débloque 40 millions d'euros. Les dockers : \"Un bon signal, mais il faut maintenant des chantiers\""},
        {"es", R"(Inicio
Nacional
Regiones
Este sitio usa cookies. Aceptar | Rechazar
Galicia
Vigo
Puerto de Vigo: luz verde al nuevo dique tras tres años de recursos judiciales
El Gobierno destina 40 millones de euros. Los estibadores: "Una buena señal, pero ahora hacen falta las obras"
Redacción
VIGO
03/12/2026
11:20
Compartir
El Consejo de Ministros aprobó este miércoles la financiación del nuevo dique del puerto de Vigo, paralizado desde hace tres años por los recursos de las empresas excluidas del concurso.
"Una buena señal, pero ahora hacen falta las obras", dijo el secretario del sindicato de estibadores, Marcos Vidal, tras la reunión en la delegación del Gobierno.
Las obras deberían comenzar en primavera y durar cuatro años, explicó la autoridad portuaria en un comunicado difundido por la tarde.
Las empresas excluidas anunciaron un nuevo recurso ante el Tribunal Supremo contra la decisión del Gobierno.
)",
         "Puerto de Vigo: luz verde al nuevo dique tras tres años de recursos judiciales",
         "El Gobierno destina 40 millones de euros. Los estibadores: \"Una buena señal, pero ahora hacen falta las obras\""},
    };
    for (const Row& r : rows) {
        INFO(r.language);
        const Article a = classify(segment(r.page), r.language);
        CHECK(a.headline.value_or("<none>") == r.headline);
        CHECK(a.lede.value_or("<none>") == r.lede);
    }
}

TEST_CASE("a line of two sentences over a two-sentence title is no title of its own",
          "[headline][deck][standfirst_sentences]") {
    // The line above is two sentences as well: nothing tells a standfirst from the headline, which keeps its place.
    const std::string page = R"(News
Local
Storm week on the coast. Our live coverage
Harbour ferry cancelled again. Islanders stranded on the mainland for hours
By Sarah Quinlan
4 March 2026
The morning ferry to the island was cancelled on Tuesday for the third time this month because of a broken engine part.
The operator said a replacement part had been ordered from the manufacturer and should arrive by the end of the week.
Islanders said the cancellations had left workers and pupils stranded on the mainland for hours.
)";
    const Article a = classify(segment(page), "en");
    CHECK(a.headline.value_or("<none>") == "Harbour ferry cancelled again. Islanders stranded on the mainland for hours");
}
