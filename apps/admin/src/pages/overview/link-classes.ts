/** An inline link in the overview's cards. */
export const linkClasses = "text-primary underline hover:text-primary-hover";
