/**
 * One build, top to bottom: load, cite, render, write; and the output folder that is swapped in
 * only when everything succeeded. Entry point: {@link factcheck.site.Build}.
 */
package factcheck.site;
