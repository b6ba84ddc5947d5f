import type { ComponentProps } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import { cn } from "./utils.ts";

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

interface MarkdownProps {
  /** Markdown written by a district's authors. */
  children: string;
  /**
   * The level a Markdown `#` heading becomes, so the reading fits under the page's own headings
   * (a page has one h1); deeper Markdown headings follow on from it, down to h6.
   */
  headingLevel?: HeadingLevel;
  className?: string;
}

const headingClasses = [
  "text-xl font-semibold tracking-tight",
  "text-lg font-semibold tracking-tight",
  "text-base font-semibold",
  "text-base font-semibold",
  "text-sm font-semibold",
  "text-sm font-semibold",
];

function headingComponents(base: HeadingLevel): Partial<Components> {
  const components: Partial<Components> = {};
  (["h1", "h2", "h3", "h4", "h5", "h6"] as const).forEach((tag, index) => {
    const level = Math.min(base + index, 6);
    const Heading = `h${level}` as "h2";
    components[tag] = ({
      node: _node,
      className,
      ...props
    }: ComponentProps<"h2"> & { node?: unknown }) => (
      <Heading
        className={cn("mt-6 first:mt-0 text-foreground", headingClasses[index], className)}
        {...props}
      />
    );
  });
  return components;
}

/** Styled without a typography plugin: each element gets the spacing a reading needs. */
const elementComponents: Partial<Components> = {
  p: ({ node: _node, ...props }) => <p className="mt-4 first:mt-0" {...props} />,
  ul: ({ node: _node, ...props }) => <ul className="mt-4 list-disc space-y-1.5 pl-6" {...props} />,
  ol: ({ node: _node, ...props }) => (
    <ol className="mt-4 list-decimal space-y-1.5 pl-6" {...props} />
  ),
  blockquote: ({ node: _node, ...props }) => (
    <blockquote className="mt-4 border-l-4 border-border pl-4 text-muted-foreground" {...props} />
  ),
  a: ({ node: _node, ...props }) => (
    <a className="font-medium text-primary underline hover:text-primary-hover" {...props} />
  ),
  code: ({ node: _node, ...props }) => (
    <code className="rounded bg-muted px-1 py-0.5 font-mono text-[0.9em]" {...props} />
  ),
  pre: ({ node: _node, ...props }) => (
    <pre className="mt-4 overflow-x-auto rounded-md bg-muted p-3 text-sm" {...props} />
  ),
  hr: ({ node: _node, ...props }) => <hr className="my-6 border-border" {...props} />,
  img: ({ node: _node, alt, ...props }) => (
    <img className="mt-4 max-w-full rounded-md" alt={alt ?? ""} {...props} />
  ),
};

/**
 * Markdown rendered safely: react-markdown builds React elements from the syntax tree, never an
 * HTML string, so raw HTML in the source is shown as text rather than run (its default), and
 * link addresses other than http(s), mailto and relative ones are dropped by its URL filter.
 */
export function Markdown({ children, headingLevel = 3, className }: MarkdownProps) {
  return (
    <div className={cn("text-base leading-7 text-foreground", className)}>
      <ReactMarkdown components={{ ...headingComponents(headingLevel), ...elementComponents }}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
