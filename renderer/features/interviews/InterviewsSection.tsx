import { useState } from 'react';
import { useNavigation } from '../project/NavigationContext';
import { InterviewPage } from './InterviewPage';
import { InterviewsPanel } from './InterviewsPanel';
import './interviews.css';

export function InterviewsSection() {
  const { route, go } = useNavigation();
  // The interview its back link left: the list gives the keys back to its card. Only then: the
  // list reached another way (the section's tab) leaves the keys where they are.
  const [left, setLeft] = useState<string | null>(null);
  const id = route.interviewId;
  if (id && left !== null) setLeft(null);
  if (id) {
    const back = () => {
      setLeft(id);
      go('interviews');
    };
    return <InterviewPage key={id} id={id} target={route.target} nonce={route.nonce} onBack={back} />;
  }
  return <InterviewsPanel returnTo={left} />;
}
