export function ComingSoon({ title, description }: { title: string; description: string }) {
  return (
    <section>
      <h1>{title}</h1>
      <p className="muted">{description}</p>
      <p className="coming-soon" role="status">
        Coming soon.
      </p>
    </section>
  );
}
