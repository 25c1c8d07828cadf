import { Link } from 'react-router';
import { paths } from '../paths.ts';

export function NotFoundPage() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        This address is not part of the decoder. <Link to={paths.home}>Go to the decoder</Link>.
      </p>
    </>
  );
}
